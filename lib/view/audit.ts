/** What the audit log records (issue 8): settings, rules, list, users, tokens, sign-ins, token use, request actions; issue 19: robots and reply templates. */
export const AUDIT_KINDS = ["settings", "rule", "exempt-list", "member", "token", "sign-in", "sign-in-failed", "token-use", "refund-action", "alert-channel", "template"] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];
