"use client";
/**
 * Saved views of the queue (issue 19): the user's own and the shop's shared filter sets as links,
 * "save this view" (a name, private or shared), and removing a view.
 */
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { notify } from "@/components/ui/notify";
import type { ActionResult } from "@/lib/view/result";
import type { SavedViewItem } from "@/lib/view/saved-views";

export interface SavedViewActions {
  save: (input: { name: string; query: string; shared: boolean }) => Promise<ActionResult<{ id: string; query: string }>>;
  remove: (input: { id: string }) => Promise<ActionResult<{ id: string }>>;
}

export function SavedViews({ views, current, canRemoveShared, actions }: { views: SavedViewItem[]; current: string; canRemoveShared: boolean; actions: SavedViewActions }) {
  const t = useTranslations("refunds.views");
  const te = useTranslations("form.errors");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [shared, setShared] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const run = <T,>(call: () => Promise<ActionResult<T>>, done: string, after?: () => void) =>
    start(async () => {
      const r = await call();
      if (!r.ok) {
        const code = r.error.fields?.name?.[0];
        setError(code ? (te.has(code) ? te(code) : te("INVALID")) : null);
        notify.error(r.error.message);
        return;
      }
      notify.success(done);
      after?.();
      router.refresh();
    });
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-1.5 text-sm">
      <span className="text-slate-600">{t("label")}</span>
      {views.length === 0 ? <span className="text-slate-500">{t("none")}</span> : null}
      {views.map((v) => (
        <span key={v.id} className="flex items-center rounded-md border border-slate-300 bg-white">
          <Link href={`/refunds?${v.query}`} aria-current={v.query === current ? "page" : undefined} className="px-2.5 py-1 hover:bg-slate-50 aria-[current=page]:font-semibold aria-[current=page]:text-brand-700" title={v.ownerName ? t("sharedBy", { name: v.ownerName }) : undefined}>
            {v.name}
            {v.shared ? <span className="ml-1 text-xs text-slate-500">{t("sharedMark")}</span> : null}
          </Link>
          {v.mine || (v.shared && canRemoveShared) ? (
            <button type="button" disabled={pending} className="border-l border-slate-200 px-2 py-1 text-slate-600 hover:bg-slate-50" aria-label={t("remove", { name: v.name })} onClick={() => run(() => actions.remove({ id: v.id }), t("removed"))}>
              <span aria-hidden>×</span>
            </button>
          ) : null}
        </span>
      ))}
      <Button
        size="sm"
        variant="secondary"
        onClick={() => {
          setName("");
          setShared(false);
          setError(null);
          setOpen(true);
        }}
      >
        {t("save")}
      </Button>
      <Dialog open={open} onOpenChange={setOpen} title={t("saveTitle")} description={t("saveHelp")}>
        <form
          className="space-y-3"
          onSubmit={(e) => {
            e.preventDefault();
            run(() => actions.save({ name, query: current, shared }), t("saved"), () => setOpen(false));
          }}
        >
          <label className="flex flex-col gap-1 text-sm">
            {t("name")}
            <input value={name} onChange={(e) => setName(e.target.value)} maxLength={30} required className="rounded-md border border-slate-300 px-2 py-2" aria-invalid={error ? true : undefined} aria-describedby={error ? "view-name-error" : undefined} />
            {error ? (
              <span id="view-name-error" role="alert" className="text-xs text-red-700">
                {error}
              </span>
            ) : null}
          </label>
          <label className="flex min-h-8 items-center gap-2 text-sm">
            <input type="checkbox" className="size-4" checked={shared} onChange={(e) => setShared(e.target.checked)} />
            {t("shareWithShop")}
          </label>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              {t("cancel")}
            </Button>
            <Button type="submit" disabled={pending || name.trim() === ""}>
              {t("confirmSave")}
            </Button>
          </div>
        </form>
      </Dialog>
    </nav>
  );
}
