/**
 * The product's few icons as plain SVG (outlines from Lucide, ISC licence, lucide.dev). Drawn here
 * rather than through lucide-react, whose React runtime would add 1.5 kB gzip to every page's
 * first-load JavaScript for nine decorative shapes.
 */
import type { SVGProps } from "react";

type Shape = readonly (readonly ["path", string] | readonly ["circle", number, number, number] | readonly ["polyline", string])[];

const SHAPES = {
  bell: [
    ["path", "M10.268 21a2 2 0 0 0 3.464 0"],
    ["path", "M3.262 15.326A1 1 0 0 0 4 17h16a1 1 0 0 0 .74-1.673C19.41 13.956 18 12.499 18 8A6 6 0 0 0 6 8c0 4.499-1.411 5.956-2.738 7.326"],
  ],
  bellOff: [
    ["path", "M10.268 21a2 2 0 0 0 3.464 0"],
    ["path", "M17 17H4a1 1 0 0 1-.74-1.673C4.59 13.956 6 12.499 6 8a6 6 0 0 1 .258-1.742"],
    ["path", "m2 2 20 20"],
    ["path", "M8.668 3.01A6 6 0 0 1 18 8c0 2.687.77 4.653 1.707 6.05"],
  ],
  inbox: [
    ["polyline", "22 12 16 12 14 15 10 15 8 12 2 12"],
    ["path", "M5.45 5.11 2 12v6a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2v-6l-3.45-6.89A2 2 0 0 0 16.76 4H7.24a2 2 0 0 0-1.79 1.11z"],
  ],
  chart: [
    ["path", "M3 3v16a2 2 0 0 0 2 2h16"],
    ["path", "M18 17V9"],
    ["path", "M13 17V5"],
    ["path", "M8 17v-3"],
  ],
  handshake: [
    [
      "path",
      "M19.414 14.414C21 12.828 22 11.5 22 9.5a5.5 5.5 0 0 0-9.591-3.676.6.6 0 0 1-.818.001A5.5 5.5 0 0 0 2 9.5c0 2.3 1.5 4 3 5.5l5.535 5.362a2 2 0 0 0 2.879.052 2.12 2.12 0 0 0-.004-3 2.124 2.124 0 1 0 3-3 2.124 2.124 0 0 0 3.004 0 2 2 0 0 0 0-2.828l-1.881-1.882a2.41 2.41 0 0 0-3.409 0l-1.71 1.71a2 2 0 0 1-2.828 0 2 2 0 0 1 0-2.828l2.823-2.762",
    ],
  ],
  settings: [
    [
      "path",
      "M9.671 4.136a2.34 2.34 0 0 1 4.659 0 2.34 2.34 0 0 0 3.319 1.915 2.34 2.34 0 0 1 2.33 4.033 2.34 2.34 0 0 0 0 3.831 2.34 2.34 0 0 1-2.33 4.033 2.34 2.34 0 0 0-3.319 1.915 2.34 2.34 0 0 1-4.659 0 2.34 2.34 0 0 0-3.32-1.915 2.34 2.34 0 0 1-2.33-4.033 2.34 2.34 0 0 0 0-3.831A2.34 2.34 0 0 1 6.35 6.051a2.34 2.34 0 0 0 3.319-1.915",
    ],
    ["circle", 12, 12, 3],
  ],
  logOut: [
    ["path", "m16 17 5-5-5-5"],
    ["path", "M21 12H9"],
    ["path", "M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4"],
  ],
  arrowUp: [
    ["path", "m5 12 7-7 7 7"],
    ["path", "M12 19V5"],
  ],
  arrowDown: [
    ["path", "M12 5v14"],
    ["path", "m19 12-7 7-7-7"],
  ],
} as const satisfies Record<string, Shape>;

export type IconName = keyof typeof SHAPES;

/** Decorative by default (aria-hidden); 24-unit outline, stroke in the current text colour. */
export function Icon({ name, ...props }: { name: IconName } & SVGProps<SVGSVGElement>) {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={24} height={24} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden {...props}>
      {(SHAPES[name] as Shape).map((s, i) =>
        s[0] === "path" ? <path key={i} d={s[1]} /> : s[0] === "polyline" ? <polyline key={i} points={s[1]} /> : <circle key={i} cx={s[1]} cy={s[2]} r={s[3]} />,
      )}
    </svg>
  );
}
