/** next-intl request config: the locale comes from the NEXT_LOCALE cookie (zh-CN by default). */
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, SHOP_TIME_ZONE } from "@/lib/rules";
import { LOCALE_COOKIE } from "./locale-cookie";

export default getRequestConfig(async () => {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(value) ? value : DEFAULT_LOCALE;
  const messages = (await import(`./messages/${locale}.json`)).default;
  return { locale, timeZone: SHOP_TIME_ZONE, messages };
});
