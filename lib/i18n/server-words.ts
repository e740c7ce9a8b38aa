/** The rules' words for server components and server actions, in the request's language (lib/i18n/rule-words). */
import { getTranslations } from "next-intl/server";
import type { Translate } from "./catalogue";
import { ruleWords, type RuleWords } from "./rule-words";

export async function getRuleWords(): Promise<RuleWords> {
  return ruleWords((await getTranslations("rules")) as unknown as Translate);
}
