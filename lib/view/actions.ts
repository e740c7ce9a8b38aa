/** What the refund actions hand back to the queue and the request page (client-safe). */
import type { RefundStatus, RejectReason } from "@/lib/rules";
import type { ActionResult } from "./result";

export interface ActionDone {
  refundId: string;
  status: RefundStatus;
  version: number;
}

/** One row of a bulk approval's answer. */
export interface BulkRow {
  refundId: string;
  ok: boolean;
  message: string;
  status?: RefundStatus;
  /** What was refunded (fen), when it succeeded. */
  refundedAmount?: number | null;
  /** A version conflict: the request changed; trying again on what it now is may succeed. A state refusal is final. */
  retryable?: boolean;
}

/** A merchant command as the browser sends it (lib/validation/refund-actions parses it on the server). */
export type RefundCommandInput =
  | { action: "approve" | "intercept" | "confirm-receipt"; version: number }
  | { action: "reject"; version: number; reasonCode: RejectReason; explanation: string; evidence?: string[] }
  | { action: "offer"; version: number; amount: number; message?: string }
  | { action: "note"; version: number; text: string };

export type RefundActionFn = (input: { refundId: string; command: RefundCommandInput }) => Promise<ActionResult<RefundActionOutcome>>;
export type BulkApproveFn = (items: { refundId: string; version: number }[]) => Promise<ActionResult<BulkRow[]>>;

/** A money-moving action held for its undo window (issue 18). */
export interface HeldCommand {
  refundId: string;
  action: "approve" | "confirm-receipt";
  /** The refund it will pay (fen). */
  amount: number | null;
  /** When the server sends it (epoch ms). */
  executeAt: number;
  /** When it was held (epoch ms): the undo window is executeAt − heldAt. */
  heldAt: number;
  userId: string;
}

/** What became of a held refund, as the browser is told: still held, undone, sent (fen paid), or refused (worded). */
export type HeldResult = { state: "none" | "held" | "undone" } | { state: "sent"; amount: number | null } | { state: "refused"; message: string };
export type HeldResultFn = (input: { refundId: string; executeAt: number }) => Promise<ActionResult<HeldResult>>;
/** The server actions on a held refund, handed to the queue and the request page together. */
export interface HeldActions {
  /** 撤销: whether it was undone (false: already sent). */
  undo: (input: { refundId: string }) => Promise<ActionResult<{ undone: boolean }>>;
  /** 立即执行: what became of it. */
  sendNow: (input: { refundId: string }) => Promise<ActionResult<HeldResult>>;
  result: HeldResultFn;
}

/** What a refund action answers: done now, or held for its undo window. */
/** A held outcome carries the server's clock (epoch ms) when it held the command: the countdown is measured against it. */
export type RefundActionOutcome = ({ kind: "done" } & ActionDone) | ({ kind: "held"; serverNow: number } & HeldCommand);
