import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TemplateList } from "@/components/settings/template-list";
import { requireShopUser } from "@/lib/auth/guard";
import { wordsOf } from "@/lib/i18n/rule-words";
import { getRuleWords } from "@/lib/i18n/server-words";
import { REJECT_REASONS } from "@/lib/rules";
import { listReplyTemplates } from "@/lib/services/settings/reply-templates";
import { removeTemplate, saveTemplate } from "../template-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.nav"))("templates") };
}

/** 常用语: texts for rejection explanations (per reason) and offer messages, offered in the request's dialogs. */
export default async function TemplatesPage() {
  const u = await requireShopUser("manager");
  const w = await getRuleWords();
  return <TemplateList templates={await listReplyTemplates(u.shopId)} reasonNames={wordsOf(REJECT_REASONS, w.rejectReason)} actions={{ save: saveTemplate, remove: removeTemplate }} />;
}
