/**
 * Inputs of the managers' settings (issue 8): shop settings, auto-approval rules (DOMAIN §11), the
 * exemption list (DOMAIN §6), users, API tokens and the audit-log filters. Field messages are
 * codes (FIELD_ERRORS) that the forms word in the user's language.
 */
import { z } from "zod";
import { BUYER_REASONS, DEFAULT_POLICY, ORDER_STAGES, parseYuan, REASON_CLASSES, REFUND_TYPES, SHOP_ROLES } from "@/lib/rules";
import { AUDIT_KINDS } from "@/lib/view/audit";
import { calendarDateSchema, isBusinessDate, MAX_INT32 } from "./common";
import { textField } from "./text";

export const FIELD_ERRORS = ["REQUIRED", "TOO_LONG", "INVALID_CHARACTERS", "INVALID", "INVALID_EMAIL", "PASSWORD_TOO_SHORT", "EMAIL_TAKEN", "INVALID_PERCENT", "INVALID_AMOUNT", "INVALID_CATEGORY", "INVALID_DATE", "INVALID_WEBHOOK_URL", "UNKNOWN_PLACEHOLDER", "NAME_TAKEN"] as const;
export type FieldError = (typeof FIELD_ERRORS)[number];

/**
 * Most code points of each settings text (counted after trimming, ./text.ts). A note on an
 * exemption-list change is a DOMAIN §10 note, so it takes the policy's limit.
 */
export const SETTINGS_TEXT_LIMITS = {
  returnAddress: 200,
  contact: 100,
  ruleName: 50,
  categoryName: 50,
  exemptNote: DEFAULT_POLICY.maxTextLength,
  memberName: 50,
  tokenName: 50,
} as const;

/** A settings text, stored trimmed. */
const text = (max: number, required = true) => textField({ max, required, trim: true });

/** "3", "3.5", "3.25" (percent) → basis points 1 … 10,000. */
const percentBpSchema = z
  .string({ error: "INVALID_PERCENT" })
  .trim()
  .regex(/^\d{1,3}(\.\d{1,2})?$/, "INVALID_PERCENT")
  .transform((s) => Math.round(Number(s) * 100))
  .pipe(z.number().int().min(1, "INVALID_PERCENT").max(10_000, "INVALID_PERCENT"));

/** Yuan as typed ("30", "29.9") → fen ≥ 1 (lib/rules parseYuan). */
const yuanFenSchema = z.string({ error: "INVALID_AMOUNT" }).transform((s, ctx) => {
  const fen = parseYuan(s);
  if (fen === null || fen < 1 || fen > MAX_INT32) {
    ctx.addIssue({ code: "custom", message: "INVALID_AMOUNT" });
    return z.NEVER;
  }
  return fen;
});

const categoryCodeSchema = z.coerce.number({ error: "INVALID_CATEGORY" }).int("INVALID_CATEGORY").min(1, "INVALID_CATEGORY").max(99_999_999, "INVALID_CATEGORY");

export const shopSettingsSchema = z.object({
  returnAddress: text(SETTINGS_TEXT_LIMITS.returnAddress, false),
  contact: text(SETTINGS_TEXT_LIMITS.contact, false),
  threshold: percentBpSchema,
});

const unique = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max).transform((a) => [...new Set(a)] as z.infer<T>[]);

/** DOMAIN §11 conditions; empty lists mean "any". */
export const ruleConditionsSchema = z.object({
  types: unique(z.enum(REFUND_TYPES), REFUND_TYPES.length),
  reasons: unique(z.enum(BUYER_REASONS), BUYER_REASONS.length),
  reasonClasses: unique(z.enum(REASON_CLASSES), REASON_CLASSES.length),
  categoryCodes: unique(categoryCodeSchema, 50),
  exemptCategoryOnly: z.boolean(),
  maxAmount: yuanFenSchema.nullable(),
  orderStages: unique(z.enum(ORDER_STAGES), ORDER_STAGES.length),
  qualityBuyerOnly: z.boolean(),
});

export const ruleSchema = z.object({ name: text(SETTINGS_TEXT_LIMITS.ruleName), enabled: z.boolean(), conditions: ruleConditionsSchema });

const ruleIdSchema = z.string().uuid("INVALID");
export const ruleSaveSchema = z.object({ id: ruleIdSchema.nullable(), rule: ruleSchema });
export const ruleToggleSchema = z.object({ id: ruleIdSchema, enabled: z.boolean() });
export const ruleMoveSchema = z.object({ id: ruleIdSchema, direction: z.enum(["up", "down"]) });
export const ruleRefSchema = z.object({ id: ruleIdSchema });

/** DOMAIN §6 list changes, each with a required note (who asked, which platform notice). */
export const exemptUpsertSchema = z.object({ categoryCode: categoryCodeSchema, categoryName: text(SETTINGS_TEXT_LIMITS.categoryName, false).optional(), effectiveFrom: z.iso.date("INVALID_DATE").refine(isBusinessDate, "INVALID_DATE"), note: text(SETTINGS_TEXT_LIMITS.exemptNote) });
export const exemptRemoveSchema = z.object({ categoryCode: categoryCodeSchema, note: text(SETTINGS_TEXT_LIMITS.exemptNote) });

export const memberCreateSchema = z.object({
  email: z.string({ error: "REQUIRED" }).trim().toLowerCase().pipe(z.email("INVALID_EMAIL").max(200, "TOO_LONG")),
  name: text(SETTINGS_TEXT_LIMITS.memberName),
  password: z.string({ error: "REQUIRED" }).min(8, "PASSWORD_TOO_SHORT").max(128, "TOO_LONG"),
  role: z.enum(SHOP_ROLES),
});
export const memberRoleSchema = z.object({ userId: z.string().uuid("INVALID"), role: z.enum(SHOP_ROLES) });
export const memberActiveSchema = z.object({ userId: z.string().uuid("INVALID"), active: z.boolean() });

export const tokenCreateSchema = z.object({ name: text(SETTINGS_TEXT_LIMITS.tokenName), userId: z.string().uuid("INVALID") });
export const tokenRefSchema = z.object({ id: z.string().uuid("INVALID") });


/** The audit page's filters as they live in the URL; anything malformed is dropped. */
export const auditFilterSchema = z.object({
  kind: z.enum(AUDIT_KINDS).optional().catch(undefined),
  user: z.string().uuid().optional().catch(undefined),
  from: calendarDateSchema.optional().catch(undefined),
  to: calendarDateSchema.optional().catch(undefined),
  /** Keyset cursor: the id of the last row shown (ids grow with time). */
  before: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional().catch(undefined),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;
