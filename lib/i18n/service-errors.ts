/**
 * A service error in the user's language (the catalogue's `serviceErrors` and `rules` namespaces):
 * who changed a request and to what on a stale version, the rule's refusal and its detail, a
 * settings notice, or the code's generic sentence. Used by server actions and route handlers alike.
 */
import type { Locale } from "@/lib/rules";
import type { ServiceError } from "@/lib/view/result";
import { translator } from "./catalogue";
import { ruleWords } from "./rule-words";

export function errorMessage(e: ServiceError, locale: Locale): string {
  const t = translator(locale, "serviceErrors");
  const w = ruleWords(translator(locale, "rules"));
  if (e.notice) return t(`notice.${e.notice}`);
  if (e.code === "VERSION_CONFLICT" && e.conflict) return t("conflict", { who: w.actor(e.conflict.actor), to: w.status(e.conflict.toStatus) });
  if (e.refusal) {
    const base = w.refusal(e.refusal);
    const detail = e.detail && e.detail !== "EXPLANATION_TOO_SHORT" && e.detail !== "TEXT_TOO_LONG" ? w.rejectReasonBlocker(e.detail) : null;
    return detail ? t("withDetail", { base, detail }) : base;
  }
  if (e.message) return e.message;
  const first = e.fields ? Object.entries(e.fields)[0] : undefined;
  if (first) return t("withField", { base: t("generic.VALIDATION"), field: first[0], problems: first[1].join(", ") });
  return t(`generic.${e.code}`);
}

/** The caller's language for an API answer: English when Accept-Language starts with en, else zh-CN. */
export function localeFromHeaders(h: Headers): Locale {
  return /^en\b/i.test(h.get("accept-language") ?? "") ? "en" : "zh-CN";
}
