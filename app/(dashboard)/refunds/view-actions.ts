"use server";
/** Saved views of the queue (issue 19): any member saves the current filter set; the owner (or a manager, for a shared one) removes it. */
import { actionAnswer, shopAction } from "@/lib/auth/guard";
import { deleteView, saveView } from "@/lib/services/queue/saved-views";
import { savedViewRefSchema, savedViewSchema } from "@/lib/validation/saved-views";

export const saveQueueView = shopAction("operator", savedViewSchema, async (u, input) => actionAnswer(await saveView(u, input)));
export const removeQueueView = shopAction("operator", savedViewRefSchema, async (u, input) => actionAnswer(await deleteView(u, input)));
