/**
 * What every new shop starts with (DOMAIN §6): the category names it sells in and the platform's
 * current 售后好服务 exemption list. The seed names only four of the 25 exempt categories; the other
 * 21 are invented EXAMPLES and say so in their note. Managers keep the list up to date afterwards.
 */
import type { Db, Tx } from "@/lib/db/client";
import { categories, exemptCategories } from "@/lib/db/schema";
import { SEED_EXEMPT_CATEGORIES } from "@/lib/rules";

export interface StartingCategory {
  code: number;
  name: string;
  parentCode: number;
  perishable?: boolean;
  digital?: boolean;
  periodical?: boolean;
  virtual?: boolean;
}

const EXAMPLE_NAMES = [
  "食用菌", "禽蛋", "鲜肉", "水产海鲜", "鲜花速递", "园艺种子", "多肉植物", "干花/永生花", "花盆/花架", "园艺工具",
  "新鲜蔬菜礼盒", "豆制品", "鲜奶", "烘焙原料", "冷冻食品", "糕点", "熟食", "调味酱料", "杂粮", "腌制蔬菜", "果切/果捞",
];
const EXAMPLE_FIRST_CODE = 8801;
const EXAMPLE_EFFECTIVE_FROM = "2025-06-12";

export const STARTING_CATEGORIES: readonly StartingCategory[] = [
  { code: 3814, name: "水果", parentCode: 38, perishable: true },
  { code: 3816, name: "蔬菜/蔬菜制品", parentCode: 38, perishable: true },
  { code: 9708, name: "花卉/绿植盆栽", parentCode: 97, perishable: true },
  { code: 9719, name: "花器/载器", parentCode: 97 },
  { code: 1620, name: "坚果炒货", parentCode: 16 },
  { code: 2110, name: "茶叶", parentCode: 21 },
  { code: 5020, name: "收纳用品", parentCode: 50 },
  { code: 6001, name: "定制礼品", parentCode: 60 },
  { code: 7001, name: "虚拟卡券", parentCode: 70, virtual: true },
  ...EXAMPLE_NAMES.map((name, i) => ({ code: EXAMPLE_FIRST_CODE + i, name, parentCode: 88 })),
];

/** The seed's four plus 21 invented examples effective 2025-06-12 (25 second-level categories in all). */
export const STARTING_EXEMPT_LIST: readonly { categoryCode: number; effectiveFrom: string; note: string }[] = [
  ...SEED_EXEMPT_CATEGORIES.map((c) => ({ categoryCode: c.categoryCode, effectiveFrom: c.effectiveFrom, note: `种子文章列明：${c.name}` })),
  ...EXAMPLE_NAMES.map((name, i) => ({ categoryCode: EXAMPLE_FIRST_CODE + i, effectiveFrom: EXAMPLE_EFFECTIVE_FROM, note: `示例（种子文章未列出名称）：${name}` })),
];

/** Writes a new shop's starting categories and exemption list (in the caller's transaction). */
export async function writeStartingCatalog(db: Db | Tx, shopId: string): Promise<void> {
  await db.insert(categories).values(STARTING_CATEGORIES.map((c) => ({ ...c, shopId }))).onConflictDoNothing();
  await db.insert(exemptCategories).values(STARTING_EXEMPT_LIST.map((e) => ({ ...e, shopId })));
}
