"use client";
/** Radix Dialog with the product's look: focus trapped, Esc closes, title and description announced. */
import * as D from "@radix-ui/react-dialog";
import type { ReactNode } from "react";
import { cn } from "./cn";

export function Dialog({ open, onOpenChange, title, description, children, wide = false }: { open: boolean; onOpenChange: (open: boolean) => void; title: string; description?: ReactNode; children: ReactNode; wide?: boolean }) {
  return (
    <D.Root open={open} onOpenChange={onOpenChange}>
      <D.Portal>
        <D.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <D.Content
          className={cn(
            "fixed inset-x-0 bottom-0 z-50 max-h-[90dvh] overflow-y-auto rounded-t-xl bg-white p-4 shadow-xl sm:inset-auto sm:top-1/2 sm:left-1/2 sm:w-full sm:-translate-x-1/2 sm:-translate-y-1/2 sm:rounded-xl",
            wide ? "sm:max-w-2xl" : "sm:max-w-lg",
          )}
        >
          <D.Title className="text-base font-semibold text-slate-900">{title}</D.Title>
          {description ? <D.Description className="mt-1 text-sm text-slate-600">{description}</D.Description> : <D.Description className="sr-only">{title}</D.Description>}
          <div className="mt-3">{children}</div>
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}
