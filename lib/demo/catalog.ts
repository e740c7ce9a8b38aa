/**
 * The demo shop's products: a fruit / vegetable / flower shop (the exempt categories of DOMAIN §6)
 * plus non-exempt lines, in the categories every shop starts with (services/settings/starting-catalog).
 */
import type { BuyerReason } from "@/lib/rules";

export interface DemoProduct {
  id: string;
  title: string;
  categoryCode: number;
  price: number;
  weight: number;
  custom?: boolean;
  virtual?: boolean;
  perishable?: boolean;
  thirtyDayReturn?: boolean;
  /** Reasons buyers give for this product, weighted. */
  reasons: readonly (readonly [BuyerReason, number])[];
}

const FRESH: DemoProduct["reasons"] = [["SPOILED", 30], ["DAMAGED", 22], ["QUALITY_DEFECT", 10], ["NOT_AS_DESCRIBED", 10], ["MISSING_PARTS", 8], ["NOT_RECEIVED", 6], ["ORDERED_BY_MISTAKE", 6], ["WRONG_ITEM", 3], ["OTHER", 4], ["NO_REASON", 1]];
const GOODS: DemoProduct["reasons"] = [["QUALITY_DEFECT", 16], ["DAMAGED", 14], ["NOT_AS_DESCRIBED", 10], ["COUNTERFEIT", 3], ["NO_REASON", 20], ["ORDERED_BY_MISTAKE", 10], ["WRONG_ITEM", 6], ["MISSING_PARTS", 8], ["NOT_RECEIVED", 7], ["OTHER", 6]];

export const DEMO_PRODUCTS: DemoProduct[] = [
  { id: "P1001", title: "海南贵妃芒果 5斤装 单果200g+", categoryCode: 3814, price: 3990, weight: 14, perishable: true, reasons: FRESH },
  { id: "P1002", title: "赣南脐橙 10斤 现摘现发", categoryCode: 3814, price: 4590, weight: 12, perishable: true, reasons: FRESH },
  { id: "P1003", title: "阳光玫瑰青提 2串装 约1.5kg", categoryCode: 3814, price: 6990, weight: 9, perishable: true, reasons: FRESH },
  { id: "P1004", title: "烟台红富士苹果 8斤 脆甜", categoryCode: 3814, price: 3680, weight: 10, perishable: true, reasons: FRESH },
  { id: "P1005", title: "丹东99草莓 3斤 礼盒装", categoryCode: 3814, price: 12800, weight: 6, perishable: true, reasons: FRESH },
  { id: "P1006", title: "智利车厘子 JJ级 5斤", categoryCode: 3814, price: 29900, weight: 3, perishable: true, reasons: FRESH },
  { id: "P2001", title: "云南高山娃娃菜 5斤", categoryCode: 3816, price: 1990, weight: 7, perishable: true, reasons: FRESH },
  { id: "P2002", title: "山东铁棍山药 5斤 粉糯", categoryCode: 3816, price: 3290, weight: 5, perishable: true, reasons: FRESH },
  { id: "P2003", title: "农家千禧小番茄 3斤", categoryCode: 3816, price: 2490, weight: 6, perishable: true, reasons: FRESH },
  { id: "P3001", title: "多肉植物组合盆栽 含盆", categoryCode: 9708, price: 5900, weight: 5, perishable: true, reasons: FRESH },
  { id: "P3002", title: "鲜切红玫瑰花束 19枝", categoryCode: 9708, price: 8800, weight: 5, perishable: true, reasons: FRESH },
  { id: "P3003", title: "绿萝盆栽 大号 净化空气", categoryCode: 9708, price: 3500, weight: 4, perishable: true, reasons: FRESH },
  { id: "P4001", title: "北欧陶瓷花瓶 30cm 哑光白", categoryCode: 9719, price: 7900, weight: 3, thirtyDayReturn: true, reasons: GOODS },
  { id: "P4002", title: "玻璃水培花瓶 三件套", categoryCode: 9719, price: 4500, weight: 3, reasons: GOODS },
  { id: "P5001", title: "每日坚果礼盒 30包", categoryCode: 1620, price: 8900, weight: 4, reasons: GOODS },
  { id: "P5002", title: "原味巴旦木 500g", categoryCode: 1620, price: 3990, weight: 3, reasons: GOODS },
  { id: "P6001", title: "明前西湖龙井 250g 罐装", categoryCode: 2110, price: 26800, weight: 2, reasons: GOODS },
  { id: "P7001", title: "棉麻收纳篮 三件套", categoryCode: 5020, price: 4900, weight: 3, thirtyDayReturn: true, reasons: GOODS },
  { id: "P8001", title: "定制刻字陶瓷花盆", categoryCode: 6001, price: 6800, weight: 1, custom: true, reasons: GOODS },
  { id: "P9001", title: "鲜花月卡电子券 4次", categoryCode: 7001, price: 19900, weight: 1, virtual: true, reasons: [["NO_REASON", 5], ["OTHER", 3], ["ORDERED_BY_MISTAKE", 2]] },
];

export const CARRIERS = ["顺丰速运", "中通快递", "圆通速递", "韵达快递", "京东物流", "极兔速递"] as const;

export const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高".split("");
export const NICK_PARTS = ["爱吃水果的", "小", "阿", "快乐的", "花花", "果果", "大", "甜甜", "阳光", "安静的"];

/** What a product is, for what its buyers write: produce, plants and flowers, or goods. */
export type ProductKind = "produce" | "plants" | "goods";
export function productKind(p: Pick<DemoProduct, "categoryCode">): ProductKind {
  return p.categoryCode === 3814 || p.categoryCode === 3816 ? "produce" : p.categoryCode === 9708 ? "plants" : "goods";
}

/** What buyers write, by the kind of product and their reason (a description must fit both). */
export const DESCRIPTIONS: Record<ProductKind, Partial<Record<BuyerReason, readonly string[]>>> = {
  produce: {
    SPOILED: ["收到有好几个已经烂了，有异味", "打开箱子发现底部的都坏了", "放了一天就坏了，没法吃"],
    DAMAGED: ["快递压坏了，外箱都变形了", "好几个被压破出水"],
    QUALITY_DEFECT: ["个头比描述小很多，口感很差", "不新鲜，像是放了很久"],
    NOT_AS_DESCRIBED: ["说好的5斤，称了只有4斤多", "和图片差别很大", "不是描述的产地"],
    MISSING_PARTS: ["少了一袋", "件数不对，少发了"],
  },
  plants: {
    SPOILED: ["收到时花已经蔫了", "叶子全黄了，根也烂了"],
    DAMAGED: ["花盆摔碎了，土撒了一箱", "花枝被压断了好几根"],
    QUALITY_DEFECT: ["叶子发黄，像是放了很久", "花苞很少，没几朵能开"],
    NOT_AS_DESCRIBED: ["颜色和图片不一样", "比图片上小很多"],
    MISSING_PARTS: ["少了一盆", "没有附赠的营养液"],
  },
  goods: {
    DAMAGED: ["快递压坏了，外箱都变形了", "碎了一个角"],
    QUALITY_DEFECT: ["有裂纹，漏水", "做工粗糙，边缘有毛刺"],
    NOT_AS_DESCRIBED: ["颜色和图片不一样", "尺寸比描述小"],
    COUNTERFEIT: ["包装和官方的不一样，怀疑不是正品"],
    WRONG_ITEM: ["我买的是红色的，发来的是白色", "发错规格了"],
    MISSING_PARTS: ["少了一件", "赠品没有收到"],
  },
};

/** Reasons that need nothing in the buyer's hands, with the same words for every product. */
export const ANY_PRODUCT_DESCRIPTIONS: Partial<Record<BuyerReason, readonly string[]>> = {
  NOT_RECEIVED: ["物流一直不动", "显示签收了但我没收到"],
  NO_REASON: ["不想要了", "买多了，七天无理由退"],
  ORDERED_BY_MISTAKE: ["拍错了规格", "不小心拍了两单"],
  OTHER: ["家里有事，暂时不需要了"],
};

/** Reasons a buyer can give before the parcel is in their hands (nothing to find wrong with it yet). */
export const UNSIGNED_REASONS: readonly BuyerReason[] = ["NOT_RECEIVED", "ORDERED_BY_MISTAKE", "NO_REASON", "OTHER"];

/** Buyers per order in the demo shop (most buyers order two or three times); the benchmark data use the same. */
export const DEMO_BUYERS_PER_ORDER = 0.35;
