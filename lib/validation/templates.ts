/** Inputs of the 常用语 section (issue 19): a reply template, with placeholders only from lib/rules TEMPLATE_PLACEHOLDERS. */
import { z } from "zod";
import { DEFAULT_POLICY, REPLY_TEMPLATE_KINDS, unknownPlaceholders } from "@/lib/rules";
import { rejectReasonSchema } from "./common";

export const replyTemplateSchema = z
  .object({
    id: z.string().uuid("INVALID").nullable(),
    kind: z.enum(REPLY_TEMPLATE_KINDS),
    rejectReason: rejectReasonSchema.nullable(),
    title: z.string({ error: "REQUIRED" }).trim().min(1, "REQUIRED").max(30, "TOO_LONG"),
    body: z
      .string({ error: "REQUIRED" })
      .trim()
      .min(1, "REQUIRED")
      .refine((s) => [...s].length <= DEFAULT_POLICY.maxTextLength, "TOO_LONG")
      .refine((s) => unknownPlaceholders(s).length === 0, "UNKNOWN_PLACEHOLDER"),
  })
  // An offer's message has no reject reason.
  .transform((t) => (t.kind === "offer" ? { ...t, rejectReason: null } : t));

export const replyTemplateRefSchema = z.object({ id: z.string().uuid("INVALID") });
