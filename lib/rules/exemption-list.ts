/** DOMAIN §6 condition 1: the exemption category list, data with an effective date per category. */
import { shanghaiDate, type CalendarDate, type Instant } from "./time";

export interface ExemptCategory {
  /** Second-level category code. */
  readonly categoryCode: number;
  /** First Asia/Shanghai date on which the exemption applies. */
  readonly effectiveFrom: CalendarDate;
}

export type CategoryBlocker = "CATEGORY_NOT_LISTED" | "CATEGORY_NOT_YET_EFFECTIVE";

/** null when the category is exempt on the Shanghai date of `at`. */
export function categoryBlocker(list: readonly ExemptCategory[], categoryCode: number, at: Instant): CategoryBlocker | null {
  const entry = list.find((e) => e.categoryCode === categoryCode);
  if (!entry) return "CATEGORY_NOT_LISTED";
  return shanghaiDate(at) >= entry.effectiveFrom ? null : "CATEGORY_NOT_YET_EFFECTIVE";
}

/** The entries the seed names (seed 000); the rest of the 25 are data a manager maintains. */
export const SEED_EXEMPT_CATEGORIES: readonly (ExemptCategory & { readonly name: string })[] = [
  { categoryCode: 3814, name: "水果", effectiveFrom: "2025-04-30" },
  { categoryCode: 3816, name: "蔬菜/蔬菜制品", effectiveFrom: "2025-04-30" },
  { categoryCode: 9719, name: "花器/载器", effectiveFrom: "2025-05-21" },
  { categoryCode: 9708, name: "花卉/绿植盆栽", effectiveFrom: "2025-05-21" },
];
