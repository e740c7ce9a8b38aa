/**
 * The queue's filters as they live in the URL. Unknown or malformed values are dropped (and
 * reported), never an error page; amounts are typed in yuan and held in fen.
 */
import { z } from "zod";
import { BUYER_REASONS, parseYuan, REASON_CLASSES, REFUND_TYPES, shanghaiDayEnd, shanghaiDayStart, type BuyerReason, type ReasonClass, type RefundType } from "@/lib/rules";
import { calendarDateSchema, idSchema, MAX_INT32 } from "./common";
import { textField } from "./text";
import { FILTER_KEYS } from "@/lib/view/queue";

export interface QueueFilters {
  type?: RefundType;
  reason?: BuyerReason;
  reasonClass?: ReasonClass;
  category?: number;
  amountMin?: number;
  amountMax?: number;
  exemptEligible?: boolean;
  fastRefund?: boolean;
  createdFrom?: number;
  createdTo?: number;
  deadlineFrom?: number;
  deadlineTo?: number;
  buyer?: string;
  /** An order id or a refund id. */
  q?: string;
}

/** Yuan as typed, exactly (at most two decimals), within the 32-bit fen columns: "10.555" is not a filter, never silently ¥10.56. */
const yuan = z.string().transform((s, ctx) => {
  const fen = parseYuan(s);
  if (fen === null || fen > MAX_INT32) {
    ctx.addIssue({ code: "custom", message: "INVALID_AMOUNT" });
    return z.NEVER;
  }
  return fen;
});
const flag = z.enum(["1", "0"]).transform((v) => v === "1");
const fields = {
  type: z.enum(REFUND_TYPES),
  reason: z.enum(BUYER_REASONS),
  reasonClass: z.enum(REASON_CLASSES),
  category: z.coerce.number().int().min(1).max(MAX_INT32),
  amountMin: yuan,
  amountMax: yuan,
  exemptEligible: flag,
  fastRefund: flag,
  createdFrom: calendarDateSchema.transform((d) => shanghaiDayStart(d)),
  createdTo: calendarDateSchema.transform((d) => shanghaiDayEnd(d)),
  deadlineFrom: calendarDateSchema.transform((d) => shanghaiDayStart(d)),
  deadlineTo: calendarDateSchema.transform((d) => shanghaiDayEnd(d)),
  buyer: textField({ max: 64, required: true, trim: true }),
  q: idSchema,
} satisfies Record<(typeof FILTER_KEYS)[number], z.ZodType>;

export function parseQueueFilters(params: Record<string, string | string[] | undefined>): { filters: QueueFilters; dropped: string[] } {
  const filters: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const key of FILTER_KEYS) {
    const raw = params[key];
    if (typeof raw !== "string" || raw.trim() === "") continue;
    const r = fields[key].safeParse(raw.trim());
    if (r.success) filters[key] = r.data;
    else dropped.push(key);
  }
  return { filters: filters as QueueFilters, dropped };
}

export function hasFilters(f: QueueFilters): boolean {
  return Object.keys(f).length > 0;
}
