import type { ReactNode } from "react";
import { TableFrame } from "./table-frame";

export interface Column {
  label: string;
  /** Announced to screen readers only (e.g. the actions column). */
  hidden?: boolean;
}

/** A labelled, horizontally scrollable table with a header row; the rows are the children. */
export function DataTable({ label, columns, children }: { label: string; columns: readonly Column[]; children: ReactNode }) {
  return (
    <TableFrame label={label}>
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className="px-3 py-2">
                {c.hidden ? <span className="sr-only">{c.label}</span> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableFrame>
  );
}
