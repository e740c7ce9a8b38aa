import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";

/** How many provisional days a figure includes (DOMAIN §5: cohorts younger than 14 days still change), e.g. "7 天中 7 天未定". */
export interface ProvisionalShare {
  provisional: number;
  days: number;
}

/** Beside every figure that includes provisional days; nothing when it includes none. */
export async function ProvisionalMarker({ share, className }: { share: ProvisionalShare; className?: string }) {
  if (share.provisional === 0) return null;
  const t = await getTranslations("analytics");
  return (
    <Badge tone="warn" className={className} data-testid="provisional-marker">
      {t("provisionalOf", { n: share.provisional, days: share.days })}
    </Badge>
  );
}

export function provisionalShare(days: readonly { provisional: boolean }[]): ProvisionalShare {
  return { provisional: days.filter((d) => d.provisional).length, days: days.length };
}
