/** 常用语 (issue 19) as the settings page and the reject / offer dialogs receive them: client-safe. */
import type { RejectReason, ReplyTemplateKind } from "@/lib/rules";

export interface ReplyTemplateView {
  id: string;
  kind: ReplyTemplateKind;
  /** A rejection's template for one reason; null = any reason (and always null for offers). */
  rejectReason: RejectReason | null;
  title: string;
  /** With placeholders `{amount}`, `{orderId}`, `{refundId}` (lib/rules reply-templates). */
  body: string;
}
