"use client";
/** Save the queue's current view: a name, and whether the whole shop sees it. Loaded when first opened. */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

export default function SaveViewDialog({ onClose, onSave, pending, error }: { onClose: () => void; onSave: (name: string, shared: boolean) => void; pending: boolean; error: string | null }) {
  const t = useTranslations("refunds.views");
  const [name, setName] = useState("");
  const [shared, setShared] = useState(false);
  return (
    <Dialog open onOpenChange={(o) => !o && onClose()} title={t("saveTitle")} description={t("saveHelp")}>
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          onSave(name, shared);
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
          <Button type="button" variant="secondary" onClick={onClose}>
            {t("cancel")}
          </Button>
          <Button type="submit" disabled={pending || name.trim() === ""}>
            {t("confirmSave")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
