/**
 * The product's data model (DOMAIN.md). Every shop-owned table starts its key with shop_id, so a
 * record of another shop is simply not found. Money is integer fen; instants are timestamptz;
 * calendar dates are Asia/Shanghai dates. Enums come from lib/rules, written once there.
 */
import { sql } from "drizzle-orm";
import {
  bigserial,
  customType,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { ACTORS, ALERT_CHANNEL_KINDS, ALERT_KINDS, BUYER_REASONS, REPLY_TEMPLATE_KINDS, SHOP_ROLES, EXEMPTION_BLOCKERS, QUEUE_TAB_KEYS, queueTabOf, REFUND_STATUSES, REFUND_TYPES, REJECT_REASONS, RESOLVED_BYS } from "@/lib/rules";
import type { AutoApprovalConditions } from "@/lib/rules";
import { user } from "./auth-schema";

export * from "./auth-schema";

const tz = { withTimezone: true, mode: "date" } as const;

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (v) => Buffer.from(v),
});

export { SHOP_ROLES, type ShopRole } from "@/lib/rules";

export const refundStatusEnum = pgEnum("refund_status", REFUND_STATUSES);
export const refundTypeEnum = pgEnum("refund_type", REFUND_TYPES);
export const buyerReasonEnum = pgEnum("buyer_reason", BUYER_REASONS);
export const resolvedByEnum = pgEnum("resolved_by", RESOLVED_BYS);
export const actorEnum = pgEnum("timeline_actor", ACTORS);
export const shopRoleEnum = pgEnum("shop_role", SHOP_ROLES);
export const rejectReasonEnum = pgEnum("reject_reason", REJECT_REASONS);

export const shops = pgTable("shops", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  /** DOMAIN §7: set by the platform, default on, not editable by the merchant. */
  fastRefundEnabled: boolean("fast_refund_enabled").notNull().default(true),
  /** Quality-return threshold for the chart, in basis points (300 = 3.00 %). */
  qualityThresholdBp: integer("quality_threshold_bp").notNull().default(300),
  returnAddress: text("return_address").notNull().default(""),
  contact: text("contact").notNull().default(""),
  /** Alerts (issue 19): a new request of at least this many fen is high-value; null = the policy's default. */
  alertHighValueFen: integer("alert_high_value_fen"),
  createdAt: timestamp("created_at", tz).notNull().defaultNow(),
});

export const shopMembers = pgTable(
  "shop_members",
  {
    shopId: text("shop_id").notNull().references(() => shops.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull().references(() => user.id, { onDelete: "cascade" }),
    role: shopRoleEnum("role").notNull(),
    active: boolean("active").notNull().default(true),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.shopId, t.userId] }), uniqueIndex("shop_members_user_uq").on(t.userId)],
);

/**
 * Platform categories as each shop names them (second level carries the exemption). Keyed by shop
 * (migration 0010, issue 16): the name a shop's feed or manager gives a code is that shop's alone.
 */
export const categories = pgTable(
  "categories",
  {
    shopId: text("shop_id").notNull().references(() => shops.id, { onDelete: "cascade" }),
    code: integer("code").notNull(),
    name: text("name").notNull(),
    parentCode: integer("parent_code"),
    perishable: boolean("perishable").notNull().default(false),
    digital: boolean("digital").notNull().default(false),
    periodical: boolean("periodical").notNull().default(false),
    virtual: boolean("virtual").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.shopId, t.code] })],
);

/** DOMAIN §6 condition 1: the exemption list, per shop so a manager can follow platform updates. */
export const exemptCategories = pgTable(
  "exempt_categories",
  {
    shopId: text("shop_id").notNull().references(() => shops.id, { onDelete: "cascade" }),
    categoryCode: integer("category_code").notNull(),
    effectiveFrom: date("effective_from", { mode: "string" }).notNull(),
    note: text("note").notNull().default(""),
    updatedAt: timestamp("updated_at", tz).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.shopId, t.categoryCode] })],
);

export const products = pgTable(
  "products",
  {
    shopId: text("shop_id").notNull().references(() => shops.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    title: text("title").notNull(),
    categoryCode: integer("category_code").notNull(),
    categoryName: text("category_name"),
    custom: boolean("custom").notNull().default(false),
    virtual: boolean("virtual").notNull().default(false),
    perishable: boolean("perishable").notNull().default(false),
    digital: boolean("digital").notNull().default(false),
    periodical: boolean("periodical").notNull().default(false),
    thirtyDayReturn: boolean("thirty_day_return").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.shopId, t.id] })],
);

export const buyers = pgTable(
  "buyers",
  {
    shopId: text("shop_id").notNull().references(() => shops.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    nickname: text("nickname"),
    platformQualityUser: boolean("platform_quality_user").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.shopId, t.id] })],
);

export const orders = pgTable(
  "orders",
  {
    shopId: text("shop_id").notNull().references(() => shops.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    buyerId: text("buyer_id").notNull(),
    productId: text("product_id").notNull(),
    quantity: integer("quantity").notNull(),
    paidAmount: integer("paid_amount").notNull(),
    /** Sum of completed refunds on the order (fen). */
    refundedAmount: integer("refunded_amount").notNull().default(0),
    paidAt: timestamp("paid_at", tz).notNull(),
    /** Asia/Shanghai date of paid_at: the quality cohort. */
    cohortDay: date("cohort_day", { mode: "string" }).notNull(),
    shippedAt: timestamp("shipped_at", tz),
    signedAt: timestamp("signed_at", tz),
    carrier: text("carrier"),
    trackingNo: text("tracking_no"),
  },
  (t) => [
    primaryKey({ columns: [t.shopId, t.id] }),
    index("orders_cohort_idx").on(t.shopId, t.cohortDay),
    index("orders_buyer_idx").on(t.shopId, t.buyerId),
    index("orders_unshipped_idx").on(t.shopId, t.paidAt).where(sql`shipped_at is null`),
  ],
);

/** CASE status WHEN … THEN tab END, written from QUEUE_TABS (comparisons on the enum are immutable). */
function queueTabSql() {
  const arms = REFUND_STATUSES.map((st) => `WHEN '${st}'::refund_status THEN '${queueTabOf(st)}'`).join(" ");
  return sql.raw(`CASE status ${arms} END`);
}

export const refundRequests = pgTable(
  "refund_requests",
  {
    shopId: text("shop_id").notNull().references(() => shops.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    orderId: text("order_id").notNull(),
    // What a queue row shows of the order, its product and its buyer, copied here so a queue page is
    // one index scan of one table. Written with the request; the database keeps title, category and
    // nickname current when a product or buyer changes (triggers in migration 0008).
    productId: text("product_id").notNull(),
    productTitle: text("product_title").notNull(),
    categoryCode: integer("category_code").notNull(),
    buyerId: text("buyer_id").notNull(),
    buyerNickname: text("buyer_nickname"),
    paidAmount: integer("paid_amount").notNull(),
    /** Refunded on the order by earlier requests when this one was made (fen): an order has one open request at a time, so it holds while this one is open. */
    refundedBefore: integer("refunded_before").notNull().default(0),
    type: refundTypeEnum("type").notNull(),
    reason: buyerReasonEnum("reason").notNull(),
    amount: integer("amount").notNull(),
    status: refundStatusEnum("status").notNull(),
    version: integer("version").notNull().default(1),
    deadlineAt: timestamp("deadline_at", tz),
    resolvedBy: resolvedByEnum("resolved_by"),
    refundedAmount: integer("refunded_amount"),
    refundedAt: timestamp("refunded_at", tz),
    fastRefund: boolean("fast_refund").notNull().default(false),
    description: text("description"),
    evidence: jsonb("evidence").$type<string[]>().notNull().default([]),
    returnShippingFee: integer("return_shipping_fee"),
    offerAmount: integer("offer_amount"),
    returnCarrier: text("return_carrier"),
    returnTrackingNo: text("return_tracking_no"),
    returnShipped: boolean("return_shipped").notNull().default(false),
    rejectReason: rejectReasonEnum("reject_reason"),
    rejectExplanation: text("reject_explanation"),
    rejectEvidence: jsonb("reject_evidence").$type<string[]>().notNull().default([]),
    everRejected: boolean("ever_rejected").notNull().default(false),
    everIntervened: boolean("ever_intervened").notNull().default(false),
    timeoutDecided: boolean("timeout_decided").notNull().default(false),
    firstMerchantActionAt: timestamp("first_merchant_action_at", tz),
    /** The shop's auto-approval rule that approved it (DOMAIN §11), for the rule's figures. */
    autoRuleId: text("auto_rule_id"),
    createdAt: timestamp("created_at", tz).notNull(),
    updatedAt: timestamp("updated_at", tz).notNull(),
    /** The queue tab of the state (lib/rules QUEUE_TABS), kept by the database so the queue's keyset index can use it. */
    queueTab: text("queue_tab", { enum: QUEUE_TAB_KEYS }).generatedAlwaysAs(queueTabSql()),
  },
  (t) => [
    primaryKey({ columns: [t.shopId, t.id] }),
    index("refunds_status_idx").on(t.shopId, t.status, t.deadlineAt, t.id),
    index("refunds_tab_idx").on(t.shopId, t.queueTab, t.deadlineAt, t.id),
    index("refunds_all_idx").on(t.shopId, t.deadlineAt, t.id),
    index("refunds_done_idx").on(t.shopId, t.updatedAt, t.id).where(sql`queue_tab = 'done'`),
    index("refunds_order_idx").on(t.shopId, t.orderId),
    index("refunds_due_idx").on(t.deadlineAt).where(sql`deadline_at is not null`),
    index("refunds_rule_idx").on(t.shopId, t.autoRuleId).where(sql`auto_rule_id is not null`),
    index("refunds_created_idx").on(t.shopId, t.createdAt),
    index("refunds_buyer_idx").on(t.shopId, t.buyerId),
    index("refunds_product_idx").on(t.shopId, t.productId),
  ],
);

/** Append-only: a trigger in the migrations refuses UPDATE and DELETE. */
export const refundTimeline = pgTable(
  "refund_timeline",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    shopId: text("shop_id").notNull(),
    refundId: text("refund_id").notNull(),
    /** Business time of the fact (DOMAIN §3): an event's occurredAt, a deadline's instant, an action's time. */
    at: timestamp("at", tz).notNull(),
    /** When the product recorded it (API.md §3 `recordedAt`): later than `at` for a late platform message. */
    recordedAt: timestamp("recorded_at", tz).notNull().defaultNow(),
    actor: actorEnum("actor").notNull(),
    action: text("action").notNull(),
    fromStatus: refundStatusEnum("from_status"),
    toStatus: refundStatusEnum("to_status").notNull(),
    note: text("note"),
    /** Money the entry moved or proposed (fen): the amount asked, offered or refunded; null when none. */
    amount: integer("amount"),
    userId: text("user_id"),
    version: integer("version").notNull(),
  },
  (t) => [index("timeline_refund_idx").on(t.shopId, t.refundId, t.at)],
);

/**
 * A money-moving action held for its undo window (issue 18): sent by the server when the window
 * closes (or at once on a second confirm), so closing the tab loses nothing, and never twice — a
 * request has at most one held command, and running it marks it done in the same transaction.
 */
export const heldCommands = pgTable(
  "held_commands",
  {
    id: text("id").primaryKey(),
    shopId: text("shop_id").notNull().references(() => shops.id, { onDelete: "cascade" }),
    refundId: text("refund_id").notNull(),
    userId: text("user_id").notNull(),
    /** The merchant command (lib/validation/refund-actions), with the version the operator saw. */
    command: jsonb("command").$type<Record<string, unknown>>().notNull(),
    /** The refund it will pay (fen), named on the button and in the undo bar. */
    amount: integer("amount"),
    heldAt: timestamp("held_at", tz).notNull(),
    executeAt: timestamp("execute_at", tz).notNull(),
    status: text("status", { enum: ["held", "done", "failed", "undone"] }).notNull().default("held"),
    /** When done: the request's new state; when failed: the error code and message key. */
    result: jsonb("result").$type<Record<string, unknown>>(),
    settledAt: timestamp("settled_at", tz),
  },
  (t) => [
    uniqueIndex("held_commands_one_per_request").on(t.shopId, t.refundId).where(sql`status = 'held'`),
    index("held_commands_due_idx").on(t.executeAt).where(sql`status = 'held'`),
    index("held_commands_shop_idx").on(t.shopId, t.heldAt),
  ],
);

export const interceptions = pgTable(
  "interceptions",
  {
    shopId: text("shop_id").notNull(),
    refundId: text("refund_id").notNull(),
    requestedAt: timestamp("requested_at", tz).notNull(),
    carrier: text("carrier"),
    trackingNo: text("tracking_no"),
    outcome: text("outcome"),
    resolvedAt: timestamp("resolved_at", tz),
  },
  (t) => [primaryKey({ columns: [t.shopId, t.refundId] })],
);

/** DOMAIN §10: a refund executes once — the key is the request. */
export const refundPayments = pgTable(
  "refund_payments",
  {
    shopId: text("shop_id").notNull(),
    refundId: text("refund_id").notNull(),
    amount: integer("amount").notNull(),
    paidAt: timestamp("paid_at", tz).notNull(),
    resolvedBy: resolvedByEnum("resolved_by").notNull(),
  },
  (t) => [primaryKey({ columns: [t.shopId, t.refundId] })],
);

export const REVIEW_RATINGS = ["NEGATIVE", "NEUTRAL", "POSITIVE"] as const;
export const afterSalesReviews = pgTable(
  "after_sales_reviews",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    shopId: text("shop_id").notNull(),
    orderId: text("order_id").notNull(),
    rating: text("rating", { enum: REVIEW_RATINGS }).notNull(),
    at: timestamp("at", tz).notNull(),
  },
  (t) => [index("reviews_order_idx").on(t.shopId, t.orderId)],
);

/** Feed idempotency: an eventId is stored once per shop. */
export const platformEvents = pgTable(
  "platform_events",
  {
    shopId: text("shop_id").notNull(),
    eventId: text("event_id").notNull(),
    type: text("type").notNull(),
    occurredAt: timestamp("occurred_at", tz).notNull(),
    receivedAt: timestamp("received_at", tz).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.shopId, t.eventId] })],
);

/**
 * Sign-in attempts per account since its last success (issue 16): a fixed window per account, so
 * guessing one account's password from many addresses is throttled too. `account` is the
 * lower-cased email tried (known or not, so the answer says nothing about which emails exist).
 */
export const signInThrottle = pgTable(
  "sign_in_throttle",
  {
    account: text("account").primaryKey(),
    windowStart: timestamp("window_start", tz).notNull(),
    attempts: integer("attempts").notNull(),
  },
  (t) => [index("sign_in_throttle_window_idx").on(t.windowStart)],
);

export const apiTokens = pgTable(
  "api_tokens",
  {
    id: text("id").primaryKey(),
    shopId: text("shop_id").notNull().references(() => shops.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull().references(() => user.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** sha256 of the token; the token itself is shown once and never stored. */
    tokenHash: text("token_hash").notNull().unique(),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", tz),
    revokedAt: timestamp("revoked_at", tz),
    /** Fixed-window rate limit (API.md §3 RATE_LIMITED), counted in the database so every instance shares it. */
    windowStart: timestamp("window_start", tz),
    windowCount: integer("window_count").notNull().default(0),
  },
  (t) => [index("api_tokens_shop_idx").on(t.shopId)],
);

export const autoApprovalRules = pgTable(
  "auto_approval_rules",
  {
    id: text("id").primaryKey(),
    shopId: text("shop_id").notNull().references(() => shops.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    position: integer("position").notNull(),
    enabled: boolean("enabled").notNull().default(true),
    conditions: jsonb("conditions").$type<AutoApprovalConditions>().notNull(),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", tz).notNull().defaultNow(),
  },
  (t) => [index("rules_shop_idx").on(t.shopId, t.position)],
);

/** DOMAIN §5–6 per order, kept current with every change that affects it. */
export const orderQuality = pgTable(
  "order_quality",
  {
    shopId: text("shop_id").notNull(),
    orderId: text("order_id").notNull(),
    cohortDay: date("cohort_day", { mode: "string" }).notNull(),
    categoryCode: integer("category_code").notNull(),
    firstReason: buyerReasonEnum("first_reason"),
    inDenominator: boolean("in_denominator").notNull(),
    inNumerator: boolean("in_numerator").notNull(),
    exempt: boolean("exempt").notNull(),
    counted: boolean("counted").notNull(),
    blockers: text("blockers", { enum: EXEMPTION_BLOCKERS }).array().notNull().default(sql`'{}'::text[]`),
  },
  (t) => [
    primaryKey({ columns: [t.shopId, t.orderId] }),
    index("quality_cohort_idx").on(t.shopId, t.cohortDay),
    // Drill-downs from a category or a first reason over a range of cohort days.
    index("quality_category_idx").on(t.shopId, t.categoryCode, t.cohortDay),
    index("quality_reason_idx").on(t.shopId, t.firstReason, t.cohortDay).where(sql`first_reason is not null`),
  ],
);

/** Images an operator attaches to a rejection (issue 5): stored in the database, so every instance serves them. */
export const evidenceFiles = pgTable(
  "evidence_files",
  {
    shopId: text("shop_id").notNull(),
    id: text("id").notNull(),
    contentType: text("content_type").notNull(),
    bytes: bytea("bytes").notNull(),
    size: integer("size").notNull(),
    uploadedBy: text("uploaded_by"),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.shopId, t.id] })],
);

export const QUALITY_DIMENSIONS = ["all", "category", "reason"] as const;
export type QualityDimension = (typeof QUALITY_DIMENSIONS)[number];

/**
 * Per shop, cohort day and dimension: the DOMAIN §5 counts summed over order_quality, kept exact by
 * a delta in the same transaction as every change of an order's facts. Charts read this, never orders.
 * key: "" for dimension "all", the category code, or the first buyer reason ("" when none).
 */
export const qualityRollup = pgTable(
  "quality_rollup",
  {
    shopId: text("shop_id").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    dimension: text("dimension", { enum: QUALITY_DIMENSIONS }).notNull(),
    key: text("key").notNull(),
    denominator: integer("denominator").notNull().default(0),
    numerator: integer("numerator").notNull().default(0),
    exempted: integer("exempted").notNull().default(0),
    counted: integer("counted").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.shopId, t.dimension, t.day, t.key] })],
);

export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    shopId: text("shop_id"),
    userId: text("user_id"),
    at: timestamp("at", tz).notNull().defaultNow(),
    kind: text("kind").notNull(),
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("audit_shop_idx").on(t.shopId, t.at), index("audit_shop_id_idx").on(t.shopId, t.id), index("audit_kind_idx").on(t.shopId, t.kind, t.id)],
);

/**
 * A shop's group robots (issue 19): 企业微信 or 钉钉 webhook URLs and the 钉钉 signing secret,
 * encrypted (AES-256-GCM, lib/services/alerts/secret-box.ts); `*_hint` is what the settings page
 * shows back (never the whole URL or secret).
 */
export const alertChannels = pgTable(
  "alert_channels",
  {
    shopId: text("shop_id").notNull().references(() => shops.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    kind: text("kind", { enum: ALERT_CHANNEL_KINDS }).notNull(),
    name: text("name").notNull(),
    urlCipher: text("url_cipher").notNull(),
    urlHint: text("url_hint").notNull(),
    secretCipher: text("secret_cipher"),
    secretHint: text("secret_hint"),
    /** The language the digests are written in. */
    locale: text("locale").notNull().default("zh-CN"),
    enabled: boolean("enabled").notNull().default(true),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", tz).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.shopId, t.id] })],
);

/**
 * Once-only alerts (issue 19): a row per request, alert kind and threshold (`subject`: the deadline
 * of a due-soon alert, "" otherwise). Whoever inserts it first sends it; every other sweep finds the
 * key taken (the same once-only guarantee as the deadlines).
 */
export const alertClaims = pgTable(
  "alert_claims",
  {
    shopId: text("shop_id").notNull().references(() => shops.id, { onDelete: "cascade" }),
    refundId: text("refund_id").notNull(),
    kind: text("kind", { enum: ALERT_KINDS }).notNull(),
    subject: text("subject").notNull().default(""),
    digestId: text("digest_id").notNull(),
    claimedAt: timestamp("claimed_at", tz).notNull(),
  },
  (t) => [primaryKey({ columns: [t.shopId, t.refundId, t.kind, t.subject] })],
);

/** One digest to one robot: its text, its attempts (bounded, with backoff) and how it ended — the settings page's delivery log. */
export const alertDeliveries = pgTable(
  "alert_deliveries",
  {
    shopId: text("shop_id").notNull().references(() => shops.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    digestId: text("digest_id").notNull(),
    channelId: text("channel_id").notNull(),
    status: text("status", { enum: ["pending", "sent", "failed"] }).notNull().default("pending"),
    title: text("title").notNull(),
    body: text("body").notNull(),
    /** Requests in the digest, per kind. */
    counts: jsonb("counts").$type<Record<string, number>>().notNull(),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: timestamp("next_attempt_at", tz).notNull(),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", tz).notNull(),
    sentAt: timestamp("sent_at", tz),
  },
  (t) => [
    primaryKey({ columns: [t.shopId, t.id] }),
    index("alert_deliveries_due_idx").on(t.nextAttemptAt).where(sql`status = 'pending'`),
    index("alert_deliveries_log_idx").on(t.shopId, t.createdAt),
  ],
);

/** Per user of a shop: browser notifications of requests entering their last 2 h (opt-in, issue 19). */
export const memberAlertPrefs = pgTable(
  "member_alert_prefs",
  {
    shopId: text("shop_id").notNull().references(() => shops.id, { onDelete: "cascade" }),
    userId: text("user_id").notNull().references(() => user.id, { onDelete: "cascade" }),
    browserNotifications: boolean("browser_notifications").notNull().default(false),
    updatedAt: timestamp("updated_at", tz).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.shopId, t.userId] })],
);

/** 常用语 (issue 19): a rejection's explanation (for one reject reason, or any when null) or an offer's message, with placeholders. */
export const replyTemplates = pgTable(
  "reply_templates",
  {
    shopId: text("shop_id").notNull().references(() => shops.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    kind: text("kind", { enum: REPLY_TEMPLATE_KINDS }).notNull(),
    rejectReason: rejectReasonEnum("reject_reason"),
    title: text("title").notNull(),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", tz).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.shopId, t.id] }), index("reply_templates_kind_idx").on(t.shopId, t.kind)],
);

/** The queue's saved filter sets (issue 19): a name and the URL query of /refunds, private to its owner or shared with the shop. */
export const savedViews = pgTable(
  "saved_views",
  {
    shopId: text("shop_id").notNull().references(() => shops.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    ownerId: text("owner_id").notNull().references(() => user.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    query: text("query").notNull(),
    shared: boolean("shared").notNull().default(false),
    createdAt: timestamp("created_at", tz).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.shopId, t.id] }), uniqueIndex("saved_views_owner_name_uq").on(t.shopId, t.ownerId, t.name)],
);

export type Shop = typeof shops.$inferSelect;
export type Order = typeof orders.$inferSelect;
export type RefundRequestRow = typeof refundRequests.$inferSelect;
export type TimelineRow = typeof refundTimeline.$inferSelect;
