/** The `request` message key of each merchant action's name (the request page and the audit log). */
export const ACTION_LABEL_KEYS = { approve: "approve", reject: "reject", intercept: "intercept", "confirm-receipt": "confirmReceipt", offer: "offer", note: "note" } as const;
