import type { ReactNode } from "react";
import { TableFrame } from "./table-frame";

export interface Column {
  label: string;
  /** Announced to screen readers only (e.g. the actions column). */
  hidden?: boolean;
}

/** A labelled, horizontally scrollable table with a header row (and an optional caption); the rows are the children. */
export function DataTable({ label, columns, caption, children }: { label: string; columns: readonly (Column | string)[]; caption?: ReactNode; children: ReactNode }) {
  return (
    <TableFrame label={label}>
      <table className="w-full text-left text-sm">
        {caption ? <caption className="px-3 py-2 text-left text-xs text-slate-600">{caption}</caption> : null}
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            {columns.map((col) => {
              const c = typeof col === "string" ? { label: col } : col;
              return (
                <th key={c.label} scope="col" className="px-3 py-2 font-medium">
                  {c.hidden ? <span className="sr-only">{c.label}</span> : c.label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableFrame>
  );
}
