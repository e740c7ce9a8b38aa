"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { textLimitOf, TextLimitNote } from "./text-limit";

/** 备注: an internal note on the request (no state change). */
export function NoteDialog(p: { open: boolean; onOpenChange: (open: boolean) => void; pending: boolean; fieldError: string | null; onSubmit: (text: string, done: () => void) => void }) {
  const t = useTranslations("request");
  const [note, setNote] = useState("");
  const { length, long } = textLimitOf(note);
  return (
    <Dialog open={p.open} onOpenChange={p.onOpenChange} title={t("noteTitle")}>
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          if (note.trim() && !long) p.onSubmit(note, () => setNote(""));
        }}
      >
        <label className="flex flex-col gap-1 text-sm">
          {t("noteText")}
          <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} className="rounded-md border border-slate-300 px-2 py-2" aria-invalid={long || undefined} required />
          <TextLimitNote length={length} />
        </label>
        {p.fieldError ? <p className="text-sm text-red-700">{p.fieldError}</p> : null}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => p.onOpenChange(false)}>
            {t("cancel")}
          </Button>
          <Button type="submit" disabled={p.pending || !note.trim() || long}>
            {t("saveNote")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
