"use client";
/** The end of every settings dialog: cancel and the one action, and the plain "are you sure" dialog. */
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";

export function FormActions({ onCancel, cancel, submit, pending, pendingLabel, danger }: { onCancel: () => void; cancel: string; submit: string; pending: boolean; pendingLabel: string; danger?: boolean }) {
  return (
    <div className="flex justify-end gap-2">
      <Button type="button" variant="secondary" onClick={onCancel}>
        {cancel}
      </Button>
      <Button type="submit" variant={danger ? "danger" : "primary"} disabled={pending}>
        {pending ? pendingLabel : submit}
      </Button>
    </div>
  );
}

export function ConfirmDialog({ open, onClose, title, description, cancel, confirm, pending, onConfirm }: { open: boolean; onClose: () => void; title: string; description?: ReactNode; cancel: string; confirm: string; pending: boolean; onConfirm: () => void }) {
  return (
    <Dialog open={open} onOpenChange={(o) => !o && onClose()} title={title} description={description}>
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          {cancel}
        </Button>
        <Button variant="danger" disabled={pending} onClick={onConfirm}>
          {confirm}
        </Button>
      </div>
    </Dialog>
  );
}
