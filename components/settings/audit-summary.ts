/** One audit entry in words. `t` is the "settings.audit.detail" translator; names come from the shop's members. */
import { formatYuan } from "@/lib/rules";
import type { AuditKind } from "@/lib/view/audit";

type T = (key: string, values?: Record<string, string | number>) => string;

const SETTING_KEYS: Record<string, string> = { returnAddress: "returnAddress", contact: "contact", qualityThresholdBp: "threshold", alertHighValueFen: "highValue" };

function str(v: unknown): string {
  if (v === null || v === undefined || v === "") return "—";
  return typeof v === "object" ? JSON.stringify(v) : String(v);
}

export interface AuditWords {
  /** A member's name from their id. */
  nameOf: (id: unknown) => string;
  roleOf: (role: unknown) => string;
  actionOf: (action: unknown) => string;
  /** A state name in words (codes that are not a state are shown as they are). */
  statusOf: (status: unknown) => string;
  /** Joins several parts of one entry. */
  list: (parts: readonly string[]) => string;
}

export function auditSummary(kind: AuditKind, d: Record<string, unknown>, t: T, w: AuditWords): string {
  const status = w.statusOf;
  switch (kind) {
    case "settings":
      return w.list(
        Object.entries(d)
        .filter(([k]) => Object.hasOwn(SETTING_KEYS, k))
        .map(([k, v]) => {
          const { from, to } = v as { from: unknown; to: unknown };
          const fmt = (x: unknown) => (k === "qualityThresholdBp" ? `${(Number(x) / 100).toFixed(2)}%` : k === "alertHighValueFen" ? (x === null ? t("highValueDefault") : `¥${(Number(x) / 100).toFixed(2)}`) : str(x));
          return t("setting", { field: t(SETTING_KEYS[k]!), from: fmt(from), to: fmt(to) });
        }),
      );
    case "rule":
      return t(`rule.${str(d.op)}`, { name: str(d.name) });
    case "exempt-list":
      return t(`exempt.${str(d.op)}`, { code: str(d.categoryCode), date: str(d.effectiveFrom), note: str(d.note), n: Number(d.reevaluated ?? 0) });
    case "member":
      return t(`member.${str(d.op)}`, { who: d.email ? str(d.email) : w.nameOf(d.target), role: w.roleOf((d.to as { role?: string } | undefined)?.role ?? d.role) });
    case "token":
      return t(`token.${str(d.op)}`, { name: str(d.name) });
    case "token-use":
      return t("tokenUse", { name: str(d.name) });
    case "sign-in":
      return t("signIn", { email: str(d.email), client: str(d.client) });
    case "sign-in-failed":
      return t(d.reason === "deactivated" ? "signInDeactivated" : "signInFailed", { email: str(d.email), client: str(d.client), status: str(d.status) });
    case "alert-channel":
      return t(`alertChannel.${str(d.op)}`, { name: str(d.name) });
    case "template":
      return t(`template.${str(d.op)}`, { name: str(d.title) });
    case "refund-action": {
      if (d.action === "undo") return t("refundUndo", { id: str(d.refundId), action: w.actionOf(d.of) });
      const line = t(d.via === "rule" ? "refundRule" : d.via === "api" ? "refundApi" : "refundWeb", { id: str(d.refundId), action: w.actionOf(d.action), from: status(d.from), to: status(d.to), rule: str(d.rule) });
      // The money the action moved or proposed (issue 18): refunded, or offered.
      return typeof d.amount === "number" ? t("withAmount", { line, amount: formatYuan(d.amount) }) : line;
    }
  }
}
