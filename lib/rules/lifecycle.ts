/**
 * DOMAIN §3–4: where a request starts, which merchant actions and outside events it accepts in
 * each state, what each does (next state, new deadline, resolvedBy, money), and what happens at
 * each deadline. Pure: the instant of every change arrives as an argument.
 */
import { evaluateFastRefund, type FastRefundBlocker } from "./fast-refund";
import type { Fen } from "./money";
import { DEFAULT_POLICY, type Policy } from "./policy";
import type { ProductFlags } from "./products";
import type { BuyerReason, RefundType, RejectReason } from "./reasons";
import { explanationProblem, rejectReasonBlocker, type RejectReasonBlocker, type ExplanationProblem } from "./reject-reasons";
import type { RuleResult } from "./result";
import { isTerminal, REFUND_STATUSES, type Actor, type RefundStatus, type ResolvedBy } from "./states";
import { addHours, type Instant } from "./time";

/** DOMAIN §3 merchant actions, by their API.md names; every other list of actions derives from this one. */
export const MERCHANT_ACTIONS = ["approve", "reject", "intercept", "confirm-receipt", "offer", "note"] as const;
export type MerchantAction = (typeof MERCHANT_ACTIONS)[number];
/** The actions that decide (API.md `allowedActions` names): all but the note, which changes no state. */
export type DecisionAction = Exclude<MerchantAction, "note">;
export const DECISION_ACTIONS: readonly DecisionAction[] = MERCHANT_ACTIONS.filter((a): a is DecisionAction => a !== "note");

/**
 * Timeline entries that are not a merchant action or an outside event: the request's creation, a
 * deadline applied (SYSTEM), the platform's fast refund, and the interception task the system opens
 * for a shipped, unsigned refund-only request (DOMAIN §3; SYSTEM, no change of state).
 */
export const SYSTEM_ENTRIES = ["created", "deadline", "fast-refund", "intercept-task"] as const;
export type SystemEntry = (typeof SYSTEM_ENTRIES)[number];
export const INTERCEPT_TASK: SystemEntry = "intercept-task";

export const OUTSIDE_EVENTS = [
  "RETURN_SHIPPED",
  "OFFER_ACCEPTED",
  "OFFER_DECLINED",
  "BUYER_CANCELLED",
  "INTERVENTION_REQUESTED",
  "INTERCEPTED",
  "DELIVERED",
  "RULING_REFUND",
  "RULING_CLOSE",
] as const;
export type OutsideEvent = (typeof OUTSIDE_EVENTS)[number];

/** Who acts on an outside event (the timeline's actor). */
export const EVENT_ACTORS: Readonly<Record<OutsideEvent, Actor>> = {
  RETURN_SHIPPED: "BUYER",
  OFFER_ACCEPTED: "BUYER",
  OFFER_DECLINED: "BUYER",
  BUYER_CANCELLED: "BUYER",
  INTERVENTION_REQUESTED: "BUYER",
  INTERCEPTED: "CARRIER",
  DELIVERED: "CARRIER",
  RULING_REFUND: "PLATFORM",
  RULING_CLOSE: "PLATFORM",
};

/** Why a request, an action or an event is refused. `kind` maps to API codes (INVALID_STATE / VALIDATION). */
export const REFUSALS = {
  ORDER_NOT_SHIPPED_FOR_RETURN: "state",
  ORDER_NOT_SIGNED_FOR_RETURN: "state",
  OPEN_REQUEST_EXISTS: "state",
  ORDER_FULLY_REFUNDED: "state",
  AMOUNT_OUT_OF_RANGE: "input",
  TERMINAL_STATE: "state",
  ACTION_NOT_ALLOWED: "state",
  REJECT_WHILE_AWAITING_INTERCEPT: "state",
  EVENT_NOT_ALLOWED: "state",
  REJECT_REASON_NOT_VALID: "input",
  EXPLANATION_TOO_SHORT: "input",
  TEXT_TOO_LONG: "input",
  OFFER_AMOUNT_OUT_OF_RANGE: "input",
  DEADLINE_NOT_REACHED: "state",
} as const satisfies Record<string, "state" | "input">;
export type RefusalCode = keyof typeof REFUSALS;

/** What the rules need to know of a request to decide its next step. */
export interface RequestSnapshot {
  readonly status: RefundStatus;
  readonly type: RefundType;
  readonly reason: BuyerReason;
  readonly amount: Fen;
  readonly paidAmount: Fen;
  /** Refunded on the order by earlier requests. */
  readonly refundedBefore: Fen;
  readonly createdAt: Instant;
  readonly deadlineAt: Instant | null;
  readonly offerAmount: Fen | null;
  readonly returnShipped: boolean;
  readonly product: ProductFlags;
  readonly shippedAt: Instant | null;
  readonly signedAt: Instant | null;
}

/** The effect of one accepted change. */
export interface Transition {
  readonly status: RefundStatus;
  readonly deadlineAt: Instant | null;
  /** Set when the request becomes REFUNDED. */
  readonly resolvedBy: ResolvedBy | null;
  /** Money that moves now (fen), null when none. */
  readonly refundAmount: Fen | null;
  readonly offerAmount?: Fen | null;
  /** Facts the quality exemption (§6) reads; set once, never unset. */
  readonly marks: { readonly rejected?: true; readonly intervened?: true; readonly timeoutDecided?: true; readonly returnShipped?: true };
}

export type Decision =
  | { readonly ok: true; readonly next: Transition }
  | { readonly ok: false; readonly refusal: RefusalCode; readonly detail?: RejectReasonBlocker | ExplanationProblem };

const refuse = (refusal: RefusalCode, detail?: RejectReasonBlocker | ExplanationProblem): Decision =>
  detail === undefined ? { ok: false, refusal } : { ok: false, refusal, detail };
const accept = (next: Transition): Decision => ({ ok: true, next });

/** The deadline for a state entered at `at`; null for states without one. */
export function deadlineFor(
  status: RefundStatus,
  at: Instant,
  req: Pick<RequestSnapshot, "type" | "product">,
  policy: Policy = DEFAULT_POLICY,
): Instant | null {
  const d = policy.deadlines;
  switch (status) {
    case "PENDING_REVIEW":
      return addHours(at, d.pendingReviewHours);
    case "AWAITING_INTERCEPT":
      return addHours(at, d.awaitingInterceptHours);
    case "AWAITING_BUYER_RETURN":
      return addHours(at, d.awaitingBuyerReturnHours);
    case "AWAITING_RECEIPT":
      return addHours(
        at,
        req.type === "RETURN_REFUND" && req.product.thirtyDayReturn ? d.awaitingReceiptThirtyDayHours : d.awaitingReceiptHours,
      );
    case "NEGOTIATING":
      return addHours(at, d.negotiatingHours);
    case "REJECTED":
      return addHours(at, d.rejectedHours);
    case "INTERCEPTING":
    case "PLATFORM_INTERVENTION":
    case "REFUNDED":
    case "CLOSED":
      return null;
  }
}

function enter(
  status: RefundStatus,
  at: Instant,
  req: RequestSnapshot,
  extra: Partial<Omit<Transition, "status" | "deadlineAt">> = {},
  policy: Policy = DEFAULT_POLICY,
): Transition {
  return {
    status,
    deadlineAt: deadlineFor(status, at, req, policy),
    resolvedBy: extra.resolvedBy ?? null,
    refundAmount: extra.refundAmount ?? null,
    marks: extra.marks ?? {},
    ...(extra.offerAmount !== undefined ? { offerAmount: extra.offerAmount } : {}),
  };
}

// ---------------------------------------------------------------- start

export interface StartInput {
  readonly type: RefundType;
  readonly reason: BuyerReason;
  readonly amount: Fen;
  readonly at: Instant;
  readonly paidAmount: Fen;
  readonly refundedBefore: Fen;
  readonly hasOpenRequest: boolean;
  readonly shippedAt: Instant | null;
  readonly signedAt: Instant | null;
  readonly buyerQualityUser: boolean;
  readonly product: ProductFlags;
  readonly shopFastRefundEnabled: boolean;
}

export type StartDecision =
  | {
      readonly ok: true;
      readonly next: Transition;
      readonly fastRefund: RuleResult<FastRefundBlocker> | null;
      /** §3: a shipped, unsigned refund-only request triggers interception by itself. */
      readonly autoIntercept: boolean;
    }
  | { readonly ok: false; readonly refusal: RefusalCode };

export function startRequest(input: StartInput, policy: Policy = DEFAULT_POLICY): StartDecision {
  const refundable = input.paidAmount - input.refundedBefore;
  if (refundable <= 0) return { ok: false, refusal: "ORDER_FULLY_REFUNDED" };
  if (input.hasOpenRequest) return { ok: false, refusal: "OPEN_REQUEST_EXISTS" };
  if (!Number.isSafeInteger(input.amount) || input.amount < 1 || input.amount > refundable) {
    return { ok: false, refusal: "AMOUNT_OUT_OF_RANGE" };
  }
  const shipped = input.shippedAt !== null && input.shippedAt <= input.at;
  const signed = input.signedAt !== null && input.signedAt <= input.at;
  const snapshot: RequestSnapshot = {
    status: "PENDING_REVIEW",
    type: input.type,
    reason: input.reason,
    amount: input.amount,
    paidAmount: input.paidAmount,
    refundedBefore: input.refundedBefore,
    createdAt: input.at,
    deadlineAt: null,
    offerAmount: null,
    returnShipped: false,
    product: input.product,
    shippedAt: input.shippedAt,
    signedAt: input.signedAt,
  };
  if (!shipped) {
    if (input.type === "RETURN_REFUND") return { ok: false, refusal: "ORDER_NOT_SHIPPED_FOR_RETURN" };
    const fastRefund = evaluateFastRefund(
      {
        type: input.type,
        at: input.at,
        shippedAt: input.shippedAt,
        buyerQualityUser: input.buyerQualityUser,
        paidAmount: input.paidAmount,
        custom: input.product.custom,
        virtual: input.product.virtual,
        shopFastRefundEnabled: input.shopFastRefundEnabled,
      },
      policy,
    );
    const next = fastRefund.ok
      ? enter("REFUNDED", input.at, snapshot, { resolvedBy: "PLATFORM_FAST_REFUND", refundAmount: input.amount }, policy)
      : enter("PENDING_REVIEW", input.at, snapshot, {}, policy);
    return { ok: true, next, fastRefund, autoIntercept: false };
  }
  if (!signed) {
    if (input.type === "RETURN_REFUND") return { ok: false, refusal: "ORDER_NOT_SIGNED_FOR_RETURN" };
    return { ok: true, next: enter("AWAITING_INTERCEPT", input.at, snapshot, {}, policy), fastRefund: null, autoIntercept: true };
  }
  return { ok: true, next: enter("PENDING_REVIEW", input.at, snapshot, {}, policy), fastRefund: null, autoIntercept: false };
}

// ---------------------------------------------------------------- merchant actions

export type ActionInput =
  | { readonly action: "approve"; readonly by?: "MERCHANT" | "MERCHANT_RULE" }
  | { readonly action: "reject"; readonly reasonCode: RejectReason; readonly explanation: string }
  | { readonly action: "intercept" }
  | { readonly action: "confirm-receipt" }
  | { readonly action: "offer"; readonly amount: Fen }
  | { readonly action: "note"; readonly text: string };

const ACTION_STATES: Readonly<Record<MerchantAction, readonly RefundStatus[]>> = {
  approve: ["PENDING_REVIEW", "AWAITING_INTERCEPT", "INTERCEPTING", "REJECTED"],
  reject: ["PENDING_REVIEW", "AWAITING_RECEIPT"],
  intercept: ["AWAITING_INTERCEPT"],
  "confirm-receipt": ["AWAITING_RECEIPT"],
  offer: ["PENDING_REVIEW"],
  note: ["PENDING_REVIEW", "AWAITING_INTERCEPT", "INTERCEPTING", "AWAITING_BUYER_RETURN", "AWAITING_RECEIPT", "NEGOTIATING", "REJECTED", "PLATFORM_INTERVENTION"],
};

/** Why `action` is not possible in this state, or null when the state allows it. */
export function actionStateRefusal(status: RefundStatus, action: MerchantAction): RefusalCode | null {
  if (ACTION_STATES[action].includes(status)) return null;
  if (isTerminal(status)) return "TERMINAL_STATE";
  if (action === "reject" && status === "AWAITING_INTERCEPT") return "REJECT_WHILE_AWAITING_INTERCEPT";
  return "ACTION_NOT_ALLOWED";
}

/** API.md `allowedActions`: decision actions the state allows now. */
export function allowedActions(status: RefundStatus): DecisionAction[] {
  return DECISION_ACTIONS.filter((a) => actionStateRefusal(status, a) === null);
}

/** Offer bounds: 1 … paid amount − 1, and never more than is still refundable. */
export function offerRange(req: Pick<RequestSnapshot, "paidAmount" | "refundedBefore">): { min: Fen; max: Fen } {
  return { min: 1, max: Math.min(req.paidAmount - 1, req.paidAmount - req.refundedBefore) };
}

export function applyAction(req: RequestSnapshot, input: ActionInput, at: Instant, policy: Policy = DEFAULT_POLICY): Decision {
  const stateRefusal = actionStateRefusal(req.status, input.action);
  if (stateRefusal) return refuse(stateRefusal);
  switch (input.action) {
    case "approve": {
      const by = input.by ?? "MERCHANT";
      const refundNow = req.type === "REFUND_ONLY" || (req.status === "REJECTED" && req.returnShipped);
      return accept(
        refundNow
          ? enter("REFUNDED", at, req, { resolvedBy: by, refundAmount: req.amount }, policy)
          : enter("AWAITING_BUYER_RETURN", at, req, {}, policy),
      );
    }
    case "reject": {
      const blocker = rejectReasonBlocker(input.reasonCode, req, policy);
      if (blocker) return refuse("REJECT_REASON_NOT_VALID", blocker);
      const problem = explanationProblem(input.reasonCode, input.explanation, policy);
      if (problem) return refuse(problem);
      return accept(enter("REJECTED", at, req, { marks: { rejected: true } }, policy));
    }
    case "intercept":
      return accept(enter("INTERCEPTING", at, req, {}, policy));
    case "confirm-receipt":
      return accept(enter("REFUNDED", at, req, { resolvedBy: "MERCHANT", refundAmount: req.amount }, policy));
    case "offer": {
      const { min, max } = offerRange(req);
      if (!Number.isSafeInteger(input.amount) || input.amount < min || input.amount > max) return refuse("OFFER_AMOUNT_OUT_OF_RANGE");
      return accept(enter("NEGOTIATING", at, req, { offerAmount: input.amount }, policy));
    }
    case "note": {
      const n = [...input.text.trim()].length;
      if (n === 0) return refuse("EXPLANATION_TOO_SHORT");
      if (n > policy.maxTextLength) return refuse("TEXT_TOO_LONG");
      return accept({ status: req.status, deadlineAt: req.deadlineAt, resolvedBy: null, refundAmount: null, marks: {} });
    }
  }
}

// ---------------------------------------------------------------- outside events

const EVENT_STATES: Readonly<Record<OutsideEvent, readonly RefundStatus[] | "open">> = {
  RETURN_SHIPPED: ["AWAITING_BUYER_RETURN"],
  OFFER_ACCEPTED: ["NEGOTIATING"],
  OFFER_DECLINED: ["NEGOTIATING"],
  BUYER_CANCELLED: "open",
  INTERVENTION_REQUESTED: ["REJECTED"],
  INTERCEPTED: ["INTERCEPTING"],
  // Delivery ends interception: the carrier could not stop it, or the buyer signed first.
  DELIVERED: ["AWAITING_INTERCEPT", "INTERCEPTING"],
  RULING_REFUND: ["PLATFORM_INTERVENTION"],
  RULING_CLOSE: ["PLATFORM_INTERVENTION"],
};

export function eventAllowed(status: RefundStatus, event: OutsideEvent): boolean {
  const states = EVENT_STATES[event];
  return states === "open" ? !isTerminal(status) : states.includes(status);
}

/** The states in which `event` applies (e.g. where a delivery ends an interception). */
export function statesAccepting(event: OutsideEvent): RefundStatus[] {
  return REFUND_STATUSES.filter((s) => eventAllowed(s, event));
}

export function applyEvent(req: RequestSnapshot, event: OutsideEvent, at: Instant, policy: Policy = DEFAULT_POLICY): Decision {
  if (!eventAllowed(req.status, event)) return refuse(isTerminal(req.status) ? "TERMINAL_STATE" : "EVENT_NOT_ALLOWED");
  switch (event) {
    case "RETURN_SHIPPED":
      return accept(enter("AWAITING_RECEIPT", at, req, { marks: { returnShipped: true } }, policy));
    case "OFFER_ACCEPTED":
      return accept(
        enter("REFUNDED", at, req, { resolvedBy: "MERCHANT", refundAmount: req.offerAmount ?? req.amount }, policy),
      );
    case "OFFER_DECLINED":
    case "DELIVERED":
      return accept(enter("PENDING_REVIEW", at, req, {}, policy));
    case "BUYER_CANCELLED":
    case "RULING_CLOSE":
      return accept(enter("CLOSED", at, req, {}, policy));
    case "INTERVENTION_REQUESTED":
      return accept(enter("PLATFORM_INTERVENTION", at, req, { marks: { intervened: true } }, policy));
    case "INTERCEPTED":
      return accept(enter("AWAITING_RECEIPT", at, req, {}, policy));
    case "RULING_REFUND":
      return accept(enter("REFUNDED", at, req, { resolvedBy: "PLATFORM_ARBITRATION", refundAmount: req.amount }, policy));
  }
}

// ---------------------------------------------------------------- deadlines

/** What happens when the state's deadline passes (DOMAIN §3 "on deadline"). */
export const DEADLINE_OUTCOMES = {
  PENDING_REVIEW: "AUTO_APPROVE",
  AWAITING_INTERCEPT: "AUTO_REFUND",
  AWAITING_BUYER_RETURN: "CLOSE",
  AWAITING_RECEIPT: "AUTO_REFUND",
  NEGOTIATING: "BACK_TO_REVIEW",
  REJECTED: "CLOSE",
} as const satisfies Partial<Record<RefundStatus, string>>;
export type DeadlineOutcome = (typeof DEADLINE_OUTCOMES)[keyof typeof DEADLINE_OUTCOMES];

export function deadlineOutcome(status: RefundStatus): DeadlineOutcome | null {
  return (DEADLINE_OUTCOMES as Partial<Record<RefundStatus, DeadlineOutcome>>)[status] ?? null;
}

/** A deadline has passed once `now` is later than it: the deadline instant itself is still in time. */
export function isDeadlinePassed(deadlineAt: Instant | null, now: Instant): boolean {
  return deadlineAt !== null && now > deadlineAt;
}

export function applyDeadline(req: RequestSnapshot, now: Instant, policy: Policy = DEFAULT_POLICY): Decision {
  const outcome = deadlineOutcome(req.status);
  if (outcome === null || !isDeadlinePassed(req.deadlineAt, now)) return refuse("DEADLINE_NOT_REACHED");
  // Decided at the deadline itself, not when the sweep happened to run.
  const at = req.deadlineAt as Instant;
  switch (outcome) {
    case "AUTO_APPROVE":
      return accept(
        req.type === "REFUND_ONLY"
          ? enter("REFUNDED", at, req, { resolvedBy: "SYSTEM_TIMEOUT", refundAmount: req.amount, marks: { timeoutDecided: true } }, policy)
          : enter("AWAITING_BUYER_RETURN", at, req, { marks: { timeoutDecided: true } }, policy),
      );
    case "AUTO_REFUND":
      return accept(enter("REFUNDED", at, req, { resolvedBy: "SYSTEM_TIMEOUT", refundAmount: req.amount, marks: { timeoutDecided: true } }, policy));
    case "CLOSE":
      return accept(enter("CLOSED", at, req, {}, policy));
    case "BACK_TO_REVIEW":
      return accept(enter("PENDING_REVIEW", at, req, {}, policy));
  }
}

/** Wording for what the deadline will do, keyed by outcome and request type (queue rows). */
export function deadlineOutcomeFor(status: RefundStatus, type: RefundType): "AUTO_APPROVE_REFUND" | "AUTO_APPROVE_RETURN" | "AUTO_REFUND" | "CLOSE" | "BACK_TO_REVIEW" | null {
  const o = deadlineOutcome(status);
  if (o === "AUTO_APPROVE") return type === "REFUND_ONLY" ? "AUTO_APPROVE_REFUND" : "AUTO_APPROVE_RETURN";
  return o;
}
