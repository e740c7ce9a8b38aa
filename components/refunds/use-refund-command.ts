"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { notify } from "@/components/ui/notify";
import type { RefundActionFn, RefundCommandInput } from "@/lib/view/actions";

type Body<A extends RefundCommandInput["action"]> = Omit<Extract<RefundCommandInput, { action: A }>, "action" | "version">;

/**
 * Sends one command for the request page, carrying the version shown: a toast on success and a
 * fresh server render; on a stale version the conflict (who changed it, to what) until reloaded;
 * any other refusal as the open dialog's field error (a field's code in the forms' words).
 */
export function useRefundCommand(refundId: string, version: number, refundAction: RefundActionFn) {
  const tt = useTranslations("refunds.toast");
  const tf = useTranslations("form.errors");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [conflict, setConflict] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);

  function send<A extends RefundCommandInput["action"]>(action: A, body: Body<A>, after?: () => void) {
    start(async () => {
      setFieldError(null);
      const r = await refundAction({ refundId, command: { action, version, ...body } as RefundCommandInput });
      if (r.ok) {
        // A refund held for its undo window shows as held on the refreshed page; anything else is done.
        if (r.data.kind === "done") notify.success((tt as (key: string, values: Record<string, string>) => string)(action, { id: refundId }));
        setConflict(null);
        after?.();
        router.refresh();
      } else if (r.error.code === "VERSION_CONFLICT") {
        setConflict(r.error.message);
        notify.error(r.error.message);
      } else {
        // A field's code (lib/validation) worded as the forms word it; else the service's sentence.
        const code = Object.values(r.error.fields ?? {})
          .flat()
          .find((c) => tf.has(c));
        const message = code ? tf(code) : r.error.message;
        setFieldError(message);
        notify.error(message);
      }
    });
  }

  return { pending, conflict, fieldError, clearFieldError: () => setFieldError(null), send, reload: () => router.refresh() };
}
