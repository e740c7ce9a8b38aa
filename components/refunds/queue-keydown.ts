"use client";
/**
 * The queue's keys (issue 18), loaded right after the page is interactive rather than with it
 * (first-load JS budget): j / k move, a approve, r reject, i intercept, c confirm receipt, u undo,
 * Enter open, / search, ? keys — never while typing or in a dialog. A key that cannot act on the
 * focused row explains why (the rules' refusal), as every key does.
 */
import { notify } from "@/components/ui/notify";
import type { DecisionAction } from "@/lib/rules";
import type { QueueItem } from "@/lib/view/queue";
import type { QueueLabels } from "./queue-labels";
import type { RowActionName } from "./row-action";

/** What the keys act with, read afresh at every key press. */
export interface QueueKeyContext {
  items: QueueItem[];
  focusIndex: number;
  focusRow: (id: string) => void;
  act: (item: QueueItem, action: RowActionName) => void;
  labels: Pick<QueueLabels, "action" | "refusal" | "status">;
  /** The `refunds` messages. */
  t: (key: string, values?: Record<string, string>) => string;
  navigate: (href: string) => void;
  help: () => void;
  /** Undoes the refund held last (u); false when nothing is held. */
  undoLast: () => boolean;
}

/** Every key explains a refusal the same way: the action, then the rules' reason (a generic one names the state). */
function refuse(c: QueueKeyContext, item: QueueItem, action: DecisionAction) {
  const why = item.refusals[action as keyof QueueItem["refusals"]];
  const text = why === "ACTION_NOT_ALLOWED" ? c.t("keyRefusalState", { status: c.labels.status[item.status] }) : why ? c.labels.refusal[why] : "";
  notify.error(c.t("keyRefusal", { action: c.labels.action[action], why: text }));
}

const KEYED: Record<string, RowActionName | "reject"> = { a: "approve", i: "intercept", c: "confirm-receipt", r: "reject" };

/** Listens on window until the returned function is called. */
export function listenQueueKeys(context: () => QueueKeyContext): () => void {
  const onKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    if (e.metaKey || e.ctrlKey || e.altKey || target?.closest("input, textarea, select, [contenteditable], [role=dialog]")) return;
    const c = context();
    const item = c.focusIndex >= 0 ? c.items[c.focusIndex] : undefined;
    const action = KEYED[e.key];
    if (e.key === "j" || e.key === "k") {
      if (c.items.length === 0) return;
      const delta = e.key === "j" ? 1 : -1;
      const next = Math.min(c.items.length - 1, Math.max(0, (c.focusIndex < 0 ? (delta > 0 ? -1 : c.items.length) : c.focusIndex) + delta));
      c.focusRow(c.items[next]!.id);
    } else if (e.key === "/") document.getElementById("queue-search")?.focus();
    else if (e.key === "?") c.help();
    else if (e.key === "u") {
      if (!c.undoLast()) notify.info(c.t("keyHint.nothingToUndo"));
    } else if ((action || e.key === "Enter") && !item && !target?.closest("a, button")) notify.info(c.t("keyHint.pickFirst"));
    else if (action && item) {
      if (item.refusals[action]) refuse(c, item, action);
      else if (action === "reject") c.navigate(`/refunds/${encodeURIComponent(item.id)}?do=reject`);
      else c.act(item, action);
    } else if (e.key === "Enter" && item && !target?.closest("a, button")) c.navigate(`/refunds/${encodeURIComponent(item.id)}`);
    else return;
    e.preventDefault();
  };
  window.addEventListener("keydown", onKey);
  return () => window.removeEventListener("keydown", onKey);
}
