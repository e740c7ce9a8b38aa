"use server";
/** A member's own choice (issue 19): browser notifications when a request enters its last hours. Remembered per user. */
import { shopAction } from "@/lib/auth/guard";
import { setBrowserNotifications } from "@/lib/services/alerts/due-soon";
import { browserAlertsSchema } from "@/lib/validation/alerts";

export const setBrowserAlerts = shopAction("operator", browserAlertsSchema, async (u, input) => ({ ok: true as const, data: await setBrowserNotifications(u, input.enabled) }));
