import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ExemptList } from "@/components/settings/exempt-list";
import { requireShopUser } from "@/lib/auth/guard";
import { shanghaiDate } from "@/lib/rules";
import { listExemptCategories } from "@/lib/services/settings/exemption-list";
import { dropExemptCategory, saveExemptCategory } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.nav"))("exemptions") };
}

export default async function ExemptionsPage() {
  const u = await requireShopUser("manager");
  const items = await listExemptCategories(u.shopId);
  return (
    <ExemptList
      items={items.map((e) => ({ categoryCode: e.categoryCode, name: e.name, effectiveFrom: e.effectiveFrom, note: e.note }))}
      today={shanghaiDate(Date.now())}
      actions={{ save: saveExemptCategory, remove: dropExemptCategory }}
    />
  );
}
