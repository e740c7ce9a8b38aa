"use server";
/** Issue 19 settings writes: group robots, a test message, the high-value amount (managers only, each service checks again). */
import { actionAnswer, shopAction } from "@/lib/auth/guard";
import { deleteAlertChannel, saveAlertChannel, setHighValue } from "@/lib/services/alerts/channels";
import { sendTestMessage } from "@/lib/services/alerts/delivery";
import { alertChannelRefSchema, alertChannelSchema, highValueSchema } from "@/lib/validation/alerts";

export const saveRobot = shopAction("manager", alertChannelSchema, async (u, input) => actionAnswer(await saveAlertChannel(u, input)));
export const removeRobot = shopAction("manager", alertChannelRefSchema, async (u, input) => actionAnswer(await deleteAlertChannel(u, input)));
export const testRobot = shopAction("manager", alertChannelRefSchema, async (u, input) => actionAnswer(await sendTestMessage(u, input.id)));
export const saveHighValue = shopAction("manager", highValueSchema, async (u, input) => actionAnswer(await setHighValue(u, input)));
