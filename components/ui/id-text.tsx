import { cn } from "./cn";

/**
 * An order or request id in a face that tells the letter O from the digit 0: digits in the
 * monospace face (slashed zero where the font has one), letters in the sans face and bold, so
 * "O00002385" never reads as "000002385".
 */
export function IdText({ id, className }: { id: string; className?: string }) {
  const parts = id.match(/[A-Za-z]+|[^A-Za-z]+/g) ?? [];
  return (
    <span className={cn("font-mono [font-variant-numeric:slashed-zero]", className)}>
      {parts.map((p, i) =>
        /^[A-Za-z]/.test(p) ? (
          <span key={i} className="font-sans font-semibold">
            {p}
          </span>
        ) : (
          p
        ),
      )}
    </span>
  );
}
