/**
 * Inputs of the alerts section (issue 19): a group robot (企业微信 / 钉钉 webhook URL, 钉钉 signing
 * secret), the shop's high-value amount, a member's browser-notification choice. Field messages
 * are codes (FIELD_ERRORS) worded by the forms.
 */
import { z } from "zod";
import { ALERT_CHANNEL_KINDS, LOCALES, parseYuan } from "@/lib/rules";

const uuid = z.string().uuid("INVALID");

export const alertChannelSchema = z.object({
  id: uuid.nullable(),
  kind: z.enum(ALERT_CHANNEL_KINDS),
  name: z.string({ error: "REQUIRED" }).trim().min(1, "REQUIRED").max(50, "TOO_LONG"),
  /** Required for a new robot; empty when editing keeps the stored URL. */
  url: z.string().trim().max(500, "TOO_LONG"),
  /** 钉钉 only; empty keeps the stored secret. */
  secret: z.string().trim().max(200, "TOO_LONG"),
  clearSecret: z.boolean(),
  locale: z.enum(LOCALES),
  enabled: z.boolean(),
});

export const alertChannelRefSchema = z.object({ id: uuid });

/** Yuan as typed ("500", "299.5"), or "" for the policy's default. */
export const highValueSchema = z.object({
  amount: z.string().transform((s, ctx) => {
    if (s.trim() === "") return null;
    const fen = parseYuan(s);
    if (fen === null || fen < 1) {
      ctx.addIssue({ code: "custom", message: "INVALID_AMOUNT" });
      return z.NEVER;
    }
    return fen;
  }),
});

export const browserAlertsSchema = z.object({ enabled: z.boolean() });
