/**
 * Reply templates (常用语, issue 19): a manager's ready-made texts for a rejection's explanation
 * (DOMAIN §2, one reject reason or any) and for a partial offer's message to the buyer (DOMAIN §3),
 * with placeholders the dialog fills in: `{amount}` (the request's amount for a rejection, the
 * offered amount for an offer, in yuan), `{orderId}` and `{refundId}`.
 */

export const REPLY_TEMPLATE_KINDS = ["reject", "offer"] as const;
export type ReplyTemplateKind = (typeof REPLY_TEMPLATE_KINDS)[number];

export const TEMPLATE_PLACEHOLDERS = ["amount", "orderId", "refundId"] as const;
export type TemplatePlaceholder = (typeof TEMPLATE_PLACEHOLDERS)[number];

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

function isPlaceholder(name: string): name is TemplatePlaceholder {
  return (TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name);
}

/** The placeholder names a text uses, known or not, each once, in order of first use. */
export function placeholdersIn(body: string): string[] {
  return [...new Set([...body.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** Names in braces that are not placeholders (a typo such as `{amout}` would reach the buyer as written). */
export function unknownPlaceholders(body: string): string[] {
  return placeholdersIn(body).filter((n) => !isPlaceholder(n));
}

/** Placeholders the text uses for which `values` has nothing: the dialog asks for them first. */
export function missingValues(body: string, values: Partial<Record<TemplatePlaceholder, string>>): TemplatePlaceholder[] {
  return placeholdersIn(body).filter(isPlaceholder).filter((n) => !values[n]);
}

/** The text with every placeholder that has a value replaced by it; the others stay as written. */
export function fillTemplate(body: string, values: Partial<Record<TemplatePlaceholder, string>>): string {
  return body.replace(PLACEHOLDER, (whole, name: string) => (isPlaceholder(name) && values[name] ? values[name] : whole));
}
