/**
 * The message catalogue, the one home of every sentence the product shows (zh-CN default, en),
 * for code outside React's request scope: route handlers' error bodies, CSV exports, the API.
 * Pages and components use next-intl's getTranslations / useTranslations over the same files.
 */
import { createTranslator } from "next-intl";
import { SHOP_TIME_ZONE, type Locale } from "@/lib/rules";
import en from "./messages/en.json";
import zh from "./messages/zh-CN.json";

const CATALOGUES = { "zh-CN": zh, en } as const;

/** A translate function: `key` relative to the namespace, ICU `values` filled in. */
export type Translate = (key: string, values?: Record<string, string | number | Date>) => string;

/** A translator for one namespace of `locale`'s catalogue (Asia/Shanghai dates). */
export function translator(locale: Locale, namespace: string): Translate {
  const t = createTranslator({ locale, messages: CATALOGUES[locale] as never, namespace: namespace as never, timeZone: SHOP_TIME_ZONE });
  return t as unknown as Translate;
}
