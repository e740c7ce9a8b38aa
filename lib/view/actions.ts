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
}

/** A merchant command as the browser sends it (lib/validation/refund-actions parses it on the server). */
export type RefundCommandInput =
  | { action: "approve" | "intercept" | "confirm-receipt"; version: number }
  | { action: "reject"; version: number; reasonCode: RejectReason; explanation: string; evidence?: string[] }
  | { action: "offer"; version: number; amount: number; message?: string }
  | { action: "note"; version: number; text: string };

export type RefundActionFn = (input: { refundId: string; command: RefundCommandInput }) => Promise<ActionResult<ActionDone>>;
export type BulkApproveFn = (items: { refundId: string; version: number }[]) => Promise<ActionResult<BulkRow[]>>;
