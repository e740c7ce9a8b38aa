/** DOMAIN §3–4: refund request states, who resolved a refund, and the actors of the timeline (words: the catalogue's `rules` namespace). */
export const REFUND_STATUS_SPECS = {
  PENDING_REVIEW: { actor: "merchant", terminal: false },
  AWAITING_INTERCEPT: { actor: "merchant", terminal: false },
  INTERCEPTING: { actor: "carrier", terminal: false },
  AWAITING_BUYER_RETURN: { actor: "buyer", terminal: false },
  AWAITING_RECEIPT: { actor: "merchant", terminal: false },
  NEGOTIATING: { actor: "buyer", terminal: false },
  REJECTED: { actor: "buyer", terminal: false },
  PLATFORM_INTERVENTION: { actor: "platform", terminal: false },
  REFUNDED: { actor: "none", terminal: true },
  CLOSED: { actor: "none", terminal: true },
} as const satisfies Record<string, { actor: string; terminal: boolean }>;

export type RefundStatus = keyof typeof REFUND_STATUS_SPECS;
export const REFUND_STATUSES = Object.keys(REFUND_STATUS_SPECS) as [RefundStatus, ...RefundStatus[]];
export const OPEN_STATUSES = REFUND_STATUSES.filter((s) => !REFUND_STATUS_SPECS[s].terminal);

export function isTerminal(status: RefundStatus): boolean {
  return REFUND_STATUS_SPECS[status].terminal;
}

export const RESOLVED_BYS = ["MERCHANT", "MERCHANT_RULE", "SYSTEM_TIMEOUT", "PLATFORM_FAST_REFUND", "PLATFORM_ARBITRATION"] as const;
export type ResolvedBy = (typeof RESOLVED_BYS)[number];

/** Resolutions that count as the merchant deciding (§6 MERCHANT_HANDLED). */
export function isMerchantResolution(r: ResolvedBy): boolean {
  return r === "MERCHANT" || r === "MERCHANT_RULE";
}

/** Who made a timeline entry (API.md §3 `actor`). */
export const ACTORS = ["BUYER", "MERCHANT", "MERCHANT_RULE", "SYSTEM", "PLATFORM", "CARRIER"] as const;
export type Actor = (typeof ACTORS)[number];
