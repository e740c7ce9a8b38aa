"use server";
/** 常用语 writes (issue 19): managers only, each service checks again. */
import { actionAnswer, shopAction } from "@/lib/auth/guard";
import { deleteReplyTemplate, saveReplyTemplate } from "@/lib/services/settings/reply-templates";
import { replyTemplateRefSchema, replyTemplateSchema } from "@/lib/validation/templates";

export const saveTemplate = shopAction("manager", replyTemplateSchema, async (u, input) => actionAnswer(await saveReplyTemplate(u, input)));
export const removeTemplate = shopAction("manager", replyTemplateRefSchema, async (u, input) => actionAnswer(await deleteReplyTemplate(u, input)));
