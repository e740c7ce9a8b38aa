/**
 * The one rule for every text the product stores (DOMAIN §10, issue 15 part 2, issue 16): a
 * length counted in code points after trimming (as `textLength` of lib/rules counts it, so the
 * schemas and the rules agree), no control character but tab, newline and carriage return, and
 * well-formed UTF-16 (no lone surrogate). Every text field of the feed, the merchant API, the server
 * actions and the settings forms is built here; the limits of DOMAIN §10 come from DEFAULT_POLICY.
 */
import { z } from "zod";
import { DEFAULT_POLICY, textLength } from "@/lib/rules";

/** Field codes a text can fail with (the forms word them: catalogue `form.errors`). */
export const TEXT_PROBLEMS = ["REQUIRED", "TOO_LONG", "INVALID_CHARACTERS"] as const;
export type TextProblem = (typeof TEXT_PROBLEMS)[number];

/** C0 controls except tab (09), newline (0A) and carriage return (0D); DEL; C1 controls. */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether `s` may be stored as text: no control character (tab and line breaks allowed), no lone surrogate. */
export function isStorableText(s: string): boolean {
  return !CONTROL.test(s) && !LONE_SURROGATE.test(s);
}

export interface TextRule {
  /** Most code points, counted after trimming. */
  max: number;
  /** At least one code point after trimming (else REQUIRED). */
  required?: boolean;
  /** Store the trimmed text (the settings forms); otherwise the text is kept as sent. */
  trim?: boolean;
}

/**
 * A stored text: `string` in, `string` out (trimmed when `trim`). Fails with the codes of
 * TEXT_PROBLEMS; a value that is not a string fails REQUIRED.
 */
export function textField({ max, required = false, trim = false }: TextRule) {
  const checked = z
    .string({ error: "REQUIRED" })
    .refine(isStorableText, { message: "INVALID_CHARACTERS", abort: true })
    .refine((s) => !required || textLength(s) >= 1, { message: "REQUIRED", abort: true })
    .refine((s) => textLength(s) <= max, { message: "TOO_LONG" });
  return trim ? checked.transform((s) => s.trim()) : checked;
}

/** DOMAIN §10: explanations, notes, buyer descriptions and offer messages hold at most `maxTextLength` code points. */
export const policyTextSchema = textField({ max: DEFAULT_POLICY.maxTextLength });

/** A one-line name or label from the platform (nickname, title, carrier, tracking number): same rule, its own limit. */
export const labelSchema = (max: number, required = false) => textField({ max, required });
