"use client";
/** The saved views' buttons (save this view, remove one): loaded after the queue is shown, like its other dialogs. */
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import dynamic from "next/dynamic";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { notify } from "@/components/ui/notify";
import type { ActionResult } from "@/lib/view/result";

/** The save dialog (Radix) loads when first opened. */
const SaveViewDialog = dynamic(() => import("./save-view-dialog"), { ssr: false });

export interface SavedViewActions {
  save: (input: { name: string; query: string; shared: boolean }) => Promise<ActionResult<{ id: string; query: string }>>;
  remove: (input: { id: string }) => Promise<ActionResult<{ id: string }>>;
}

function useRun() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const run = <T,>(call: () => Promise<ActionResult<T>>, done: string, onFail?: (fields: Record<string, string[]> | undefined) => void, after?: () => void) =>
    start(async () => {
      const r = await call();
      if (!r.ok) {
        onFail?.(r.error.fields);
        notify.error(r.error.message);
        return;
      }
      notify.success(done);
      after?.();
      router.refresh();
    });
  return { pending, run };
}

export function RemoveViewButton({ id, name, remove }: { id: string; name: string; remove: SavedViewActions["remove"] }) {
  const t = useTranslations("refunds.views");
  const { pending, run } = useRun();
  return (
    <button type="button" disabled={pending} className="border-l border-slate-200 px-2 py-1 text-slate-600 hover:bg-slate-50" aria-label={t("remove", { name })} onClick={() => run(() => remove({ id }), t("removed"))}>
      <span aria-hidden>×</span>
    </button>
  );
}

export function SaveViewButton({ current, save }: { current: string; save: SavedViewActions["save"] }) {
  const t = useTranslations("refunds.views");
  const te = useTranslations("form.errors");
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { pending, run } = useRun();
  return (
    <>
      <Button
        size="sm"
        variant="secondary"
        onClick={() => {
          setError(null);
          setOpen(true);
        }}
      >
        {t("save")}
      </Button>
      {open ? (
        <SaveViewDialog
          onClose={() => setOpen(false)}
          pending={pending}
          error={error}
          onSave={(name, shared) =>
            run(
              () => save({ name, query: current, shared }),
              t("saved"),
              (fields) => {
                const code = fields?.name?.[0];
                setError(code ? (te.has(code) ? te(code) : te("INVALID")) : null);
              },
              () => setOpen(false),
            )
          }
        />
      ) : null}
    </>
  );
}
