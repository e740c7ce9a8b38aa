/**
 * Plays one refund request forward from its creation to `now` through lib/rules: the merchant,
 * buyer, carrier and platform each act at random times; a deadline that comes first is applied.
 * Every step is a legal DOMAIN §3 transition, so the demo never holds an impossible history.
 */
import {
  applyAction,
  applyDeadline,
  applyEvent,
  HOUR_MS,
  EVENT_ACTORS,
  startRequest,
  validRejectReasons,
  type ActionInput,
  type Actor,
  type Decision,
  type OutsideEvent,
  type RequestSnapshot,
  type ResolvedBy,
  type StartInput,
} from "@/lib/rules";
import type { Rng } from "./prng";

export interface SimStep {
  at: number;
  actor: Actor;
  action: string;
  fromStatus: RequestSnapshot["status"] | null;
  toStatus: RequestSnapshot["status"];
  note: string | null;
}

export interface SimResult {
  snapshot: RequestSnapshot;
  steps: SimStep[];
  resolvedBy: ResolvedBy | null;
  refundedAmount: number | null;
  refundedAt: number | null;
  fastRefund: boolean;
  everRejected: boolean;
  everIntervened: boolean;
  timeoutDecided: boolean;
  firstMerchantActionAt: number | null;
  intercept: { requestedAt: number; outcome: string | null; resolvedAt: number | null } | null;
  deliveredAt: number | null;
}

type Move = { at: number; kind: "action"; input: ActionInput; actor: Actor; note?: string } | { at: number; kind: "event"; event: OutsideEvent };

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

function merchantMove(rng: Rng, s: RequestSnapshot, at: number): Move | null {
  const wait = (meanH: number) => at + Math.max(5 * 60_000, rng.exp(meanH * HOUR_MS));
  switch (s.status) {
    case "PENDING_REVIEW": {
      if (rng.chance(0.06)) return null; // the merchant lets it time out
      const r = rng.next();
      if (r < 0.1) {
        const valid = validRejectReasons(s).filter((c) => c !== "OTHER" || rng.chance(0.3));
        const code = rng.pick(valid.length ? valid : ["OTHER" as const]);
        return { at: wait(8), kind: "action", actor: "MERCHANT", input: { action: "reject", reasonCode: code, explanation: REJECT_NOTES[code] ?? REJECT_NOTES.OTHER! } };
      }
      if (r < 0.17 && s.paidAmount > 200) {
        const amount = Math.max(1, Math.round((s.amount * rng.int(30, 70)) / 100));
        return { at: wait(6), kind: "action", actor: "MERCHANT", input: { action: "offer", amount: Math.min(amount, s.paidAmount - 1) }, note: "商品有瑕疵，给您部分退款补偿可以吗？" };
      }
      return { at: wait(5), kind: "action", actor: "MERCHANT", input: { action: "approve" } };
    }
    case "AWAITING_INTERCEPT":
      if (rng.chance(0.08)) return null;
      return { at: wait(4), kind: "action", actor: "MERCHANT", input: rng.chance(0.8) ? { action: "intercept" } : { action: "approve" } };
    case "INTERCEPTING":
      return { at: at + rng.int(12, 72) * HOUR_MS, kind: "event", event: rng.chance(0.8) ? "INTERCEPTED" : "DELIVERED" };
    case "AWAITING_BUYER_RETURN":
      if (rng.chance(0.1)) return null;
      return { at: at + rng.int(6, 96) * HOUR_MS, kind: "event", event: "RETURN_SHIPPED" };
    case "AWAITING_RECEIPT":
      if (rng.chance(0.08)) return null;
      if (rng.chance(0.05)) {
        return { at: at + rng.int(24, 72) * HOUR_MS, kind: "action", actor: "MERCHANT", input: { action: "reject", reasonCode: "ITEM_SWAPPED", explanation: REJECT_NOTES.ITEM_SWAPPED! } };
      }
      return { at: at + rng.int(20, 80) * HOUR_MS, kind: "action", actor: "MERCHANT", input: { action: "confirm-receipt" } };
    case "NEGOTIATING": {
      const r = rng.next();
      if (r < 0.1) return null;
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

export function simulateRequest(rng: Rng, start: StartInput, now: number, maxSteps = 12): SimResult | null {
  const started = startRequest(start);
  if (!started.ok) return null;
  let s: RequestSnapshot = {
    status: started.next.status,
    type: start.type,
    reason: start.reason,
    amount: start.amount,
    paidAmount: start.paidAmount,
    refundedBefore: start.refundedBefore,
    createdAt: start.at,
    deadlineAt: started.next.deadlineAt,
    offerAmount: null,
    returnShipped: false,
    product: start.product,
    shippedAt: start.shippedAt,
    signedAt: start.signedAt,
  };
  const fastRefund = started.next.resolvedBy === "PLATFORM_FAST_REFUND";
  const r: SimResult = {
    snapshot: s,
    steps: [{ at: start.at, actor: "BUYER", action: "created", fromStatus: null, toStatus: s.status, note: fastRefund ? "平台极速退款" : null }],
    resolvedBy: started.next.resolvedBy,
    refundedAmount: started.next.refundAmount,
    refundedAt: started.next.refundAmount !== null ? start.at : null,
    fastRefund,
    everRejected: false,
    everIntervened: false,
    timeoutDecided: false,
    firstMerchantActionAt: null,
    intercept: started.autoIntercept ? { requestedAt: start.at, outcome: null, resolvedAt: null } : null,
    deliveredAt: null,
  };
  let at = start.at;
  for (let i = 0; i < maxSteps && r.refundedAt === null && s.status !== "CLOSED"; i++) {
    let move = merchantMove(rng, s, at);
    if (move && rng.chance(0.02)) move = { at: at + rng.int(1, 30) * HOUR_MS, kind: "event", event: "BUYER_CANCELLED" };
    const deadline = s.deadlineAt;
    let decision: Decision;
    let actor: Actor;
    let action: string;
    let note: string | null = null;
    if (deadline !== null && (move === null || move.at > deadline)) {
      if (deadline + 1 > now) break;
      decision = applyDeadline(s, deadline + 1);
      actor = "SYSTEM";
      action = "deadline";
      at = deadline;
    } else if (move !== null) {
      if (move.at > now) break;
      at = move.at;
      if (move.kind === "action") {
        decision = applyAction(s, move.input, at);
        actor = move.actor;
        action = move.input.action;
        note = move.input.action === "reject" ? move.input.explanation : (move.note ?? null);
      } else {
        decision = applyEvent(s, move.event, at);
        actor = EVENT_ACTORS[move.event];
        action = move.event;
      }
    } else break;
    if (!decision.ok) break;
    const next = decision.next;
    if (actor === "MERCHANT" && r.firstMerchantActionAt === null) r.firstMerchantActionAt = at;
    r.steps.push({ at, actor, action, fromStatus: s.status, toStatus: next.status, note });
    if (next.marks.rejected) r.everRejected = true;
    if (next.marks.intervened) r.everIntervened = true;
    if (next.marks.timeoutDecided) r.timeoutDecided = true;
    if (action === "intercept" && r.intercept) r.intercept.requestedAt = at;
    if ((action === "INTERCEPTED" || action === "DELIVERED") && r.intercept) {
      r.intercept.outcome = action;
      r.intercept.resolvedAt = at;
      if (action === "DELIVERED") r.deliveredAt = at;
    }
    if (next.refundAmount !== null) {
      r.refundedAmount = next.refundAmount;
      r.refundedAt = at;
      r.resolvedBy = next.resolvedBy;
    }
    s = {
      ...s,
      status: next.status,
      deadlineAt: next.deadlineAt,
      offerAmount: next.offerAmount ?? s.offerAmount,
      returnShipped: s.returnShipped || Boolean(next.marks.returnShipped),
      signedAt: action === "DELIVERED" ? at : s.signedAt,
    };
  }
  r.snapshot = s;
  return r;
}

