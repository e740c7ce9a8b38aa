/**
 * What the merchant, the buyer, the carrier or the platform does next with a demo request, and
 * when (lib/demo/drive.ts sends it through the real engine; a deadline that comes first is the
 * engine's to apply). Decided from the request as it stands, so every move is one the rules allow.
 */
import { HOUR_MS, validRejectReasons, type ActionInput, type Actor, type OutsideEvent, type RequestSnapshot } from "@/lib/rules";
import type { Rng } from "./prng";

export type Move = { at: number; kind: "action"; input: ActionInput; actor: Actor; note?: string } | { at: number; kind: "event"; event: OutsideEvent };

/** Reject explanations a merchant of the demo shop gives, by reason (each long enough for DOMAIN §2). */
const REJECT_NOTES: Record<string, string> = {
  NOT_QUALITY_ISSUE: "经核实图片为正常个体差异，并非质量问题，欢迎再沟通",
  PAST_RETURN_WINDOW: "申请时间已超过签收后七天的退货时限",
  USED_OR_DAMAGED_BY_BUYER: "退回商品有明显使用痕迹，影响二次销售",
  AFFECTS_RESALE: "外包装缺失，商品无法二次销售，请补齐后再申请",
  MISSING_ACCESSORIES: "退回时缺少赠品花泥和说明卡，请补寄后处理",
  ITEM_SWAPPED: "退回商品批次号与我方发出的不一致，已拍照留证",
  NOT_ELIGIBLE_PRODUCT: "该商品为生鲜易腐商品，不支持七天无理由退货",
  OTHER: "已与买家电话沟通确认，买家同意改为补发处理，请撤销申请",
};

/** What came in during the last this-many hours is, often, still waiting in today's queue. */
const BACKLOG_HOURS = 40;

/** The merchant's offer message, fitting the buyer's reason. */
const OFFER_NOTES: Partial<Record<RequestSnapshot["reason"], string>> = {
  QUALITY_DEFECT: "商品有瑕疵，给您部分退款补偿可以吗？",
  DAMAGED: "运输中有损坏，给您部分退款补偿可以吗？",
  SPOILED: "坏掉的部分给您按比例退款，可以吗？",
  MISSING_PARTS: "少发的部分给您退款，可以吗？",
  NOT_AS_DESCRIBED: "和描述有出入，给您部分退款补偿可以吗？",
};

export function nextMove(rng: Rng, s: RequestSnapshot, at: number, now: number): Move | null {
  const wait = (meanH: number) => at + Math.max(5 * 60_000, rng.exp(meanH * HOUR_MS));
  // The operator's queue today: much of what arrived recently has not been handled yet.
  const backlog = at > now - BACKLOG_HOURS * HOUR_MS && rng.chance(0.6);
  switch (s.status) {
    case "PENDING_REVIEW": {
      if (backlog || rng.chance(0.06)) return null; // not handled yet, or the merchant lets it time out
      const r = rng.next();
      if (r < 0.1) {
        const valid = validRejectReasons(s).filter((c) => c !== "OTHER" || rng.chance(0.3));
        const code = rng.pick(valid.length ? valid : ["OTHER" as const]);
        return { at: wait(8), kind: "action", actor: "MERCHANT", input: { action: "reject", reasonCode: code, explanation: REJECT_NOTES[code] ?? REJECT_NOTES.OTHER! } };
      }
      if (r < 0.22 && s.paidAmount > 200) {
        const amount = Math.max(1, Math.round((s.amount * rng.int(30, 70)) / 100));
        return { at: wait(6), kind: "action", actor: "MERCHANT", input: { action: "offer", amount: Math.min(amount, s.paidAmount - 1) }, note: OFFER_NOTES[s.reason] ?? "给您部分退款作为补偿，可以吗？" };
      }
      return { at: wait(5), kind: "action", actor: "MERCHANT", input: { action: "approve" } };
    }
    case "AWAITING_INTERCEPT":
      if (backlog || rng.chance(0.08)) return null;
      return { at: wait(4), kind: "action", actor: "MERCHANT", input: rng.chance(0.8) ? { action: "intercept" } : { action: "approve" } };
    case "INTERCEPTING":
      return { at: at + rng.int(12, 72) * HOUR_MS, kind: "event", event: rng.chance(0.8) ? "INTERCEPTED" : "DELIVERED" };
    case "AWAITING_BUYER_RETURN":
      if (rng.chance(0.1)) return null;
      return { at: at + rng.int(6, 96) * HOUR_MS, kind: "event", event: "RETURN_SHIPPED" };
    case "AWAITING_RECEIPT":
      if (backlog || rng.chance(0.08)) return null;
      if (rng.chance(0.05)) {
        return { at: at + rng.int(24, 72) * HOUR_MS, kind: "action", actor: "MERCHANT", input: { action: "reject", reasonCode: "ITEM_SWAPPED", explanation: REJECT_NOTES.ITEM_SWAPPED! } };
      }
      return { at: at + rng.int(20, 80) * HOUR_MS, kind: "action", actor: "MERCHANT", input: { action: "confirm-receipt" } };
    case "NEGOTIATING": {
      const r = rng.next();
      if (backlog || r < 0.1) return null;
      return { at: at + rng.int(1, 40) * HOUR_MS, kind: "event", event: r < 0.7 ? "OFFER_ACCEPTED" : "OFFER_DECLINED" };
    }
    case "REJECTED": {
      const r = rng.next();
      if (r < 0.4) return { at: at + rng.int(6, 72) * HOUR_MS, kind: "event", event: "INTERVENTION_REQUESTED" };
      if (r < 0.52) return { at: wait(20), kind: "action", actor: "MERCHANT", input: { action: "approve" }, note: "重新核实后同意退款" };
      if (r < 0.65) return { at: at + rng.int(6, 72) * HOUR_MS, kind: "event", event: "BUYER_CANCELLED" };
      return null;
    }
    case "PLATFORM_INTERVENTION":
      return { at: at + rng.int(48, 140) * HOUR_MS, kind: "event", event: rng.chance(0.6) ? "RULING_REFUND" : "RULING_CLOSE" };
    case "REFUNDED":
    case "CLOSED":
      return null;
  }
}
