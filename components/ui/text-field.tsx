import type { InputHTMLAttributes } from "react";

/** A labelled input; the label is tied to the field so it can be found (and read) by its name. */
export function TextField({ id, label, ...props }: InputHTMLAttributes<HTMLInputElement> & { id: string; label: string }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input
        id={id}
        name={id}
        className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base focus:border-brand-700 focus:outline-none focus:ring-2 focus:ring-brand-700/30"
        {...props}
      />
    </div>
  );
}
