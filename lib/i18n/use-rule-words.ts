"use client";
/** The rules' words in a client component (the page must send the catalogue's `rules` namespace). */
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { Translate } from "./catalogue";
import { ruleWords, type RuleWords } from "./rule-words";

export function useRuleWords(): RuleWords {
  const t = useTranslations("rules");
  return useMemo(() => ruleWords(t as unknown as Translate), [t]);
}
