import type { ReactNode } from "react";

/** What a settings section is for, with its main action beside it. */
export function SectionIntro({ text, action }: { text: string; action?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-2">
      <p className="max-w-2xl text-sm text-slate-600">{text}</p>
      {action}
    </div>
  );
}

/** A section with nothing in it yet, in words. */
export function EmptyNote({ children }: { children: ReactNode }) {
  return <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-700">{children}</p>;
}
