/**
 * Issue 8 through the services: auto-approval rules acting on the feed (DOMAIN §11) and their
 * preview against a replay, exemption-list changes moving the analytics, users, tokens, the
 * audit log, and an operator refused every manager action with nothing changed.
 */
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { shopUserFromBearer } from "@/lib/auth/api-token";
import { autoApprovalRules, session, shops, user } from "@/lib/db/schema";
import { addCalendarDays, shanghaiDate, type AutoApprovalConditions } from "@/lib/rules";
import { createShop } from "@/lib/services/settings/create-shop";
import * as tokens from "@/lib/services/settings/api-tokens";
import { listAudit } from "@/lib/services/audit";
import * as autoRules from "@/lib/services/settings/auto-approval-rules";
import * as exemptList from "@/lib/services/settings/exemption-list";
import type { Actor } from "@/lib/services/settings/require-manager";
import * as members from "@/lib/services/settings/members";
import { qualityOverview } from "@/lib/services/quality/analytics";
import * as shopSettings from "@/lib/services/settings/shop-settings";
import type { Db } from "@/lib/db/client";
import { parseInput } from "@/lib/validation/parse";
import {
  exemptRemoveSchema,
  exemptUpsertSchema,
  memberActiveSchema,
  memberCreateSchema,
  memberRoleSchema,
  ruleConditionsSchema,
  ruleMoveSchema,
  ruleRefSchema,
  ruleSchema,
  ruleToggleSchema,
  shopSettingsSchema,
  tokenCreateSchema,
  tokenRefSchema,
} from "@/lib/validation/settings";
import { fail } from "@/lib/view/result";
import { sweepDeadlines } from "@/lib/services/refunds/sweep";
import { rows, useProcessDb } from "./db-fixture";
import { act, DAY, feeder, HOUR, paid, refundRow, T, uid, viaSchema } from "./shop-fixture";

// The settings services as their server actions call them: the raw form input parsed with the action's schema first.
const { listRules } = autoRules;
const { listTokens } = tokens;
const { listMembers } = members;
const createRule = viaSchema(ruleSchema, autoRules.createRule);
const updateRule = (a: Actor, id: string, raw: unknown, db?: Db) => viaSchema(ruleSchema, (x: Actor, rule, d) => autoRules.updateRule(x, id, rule, d))(a, raw, db);
const setRuleEnabled = (a: Actor, id: string, enabled: boolean, db?: Db) => viaSchema(ruleToggleSchema, autoRules.setRuleEnabled)(a, { id, enabled }, db);
const moveRule = viaSchema(ruleMoveSchema, autoRules.moveRule);
const deleteRule = (a: Actor, id: string, db?: Db) => viaSchema(ruleRefSchema, autoRules.deleteRule)(a, { id }, db);
const previewRuleForShop = (a: Actor, raw: unknown, now: number, db?: Db) => {
  if (a.role !== "manager") return Promise.resolve(fail({ code: "FORBIDDEN" }));
  const c = parseInput(ruleConditionsSchema, raw);
  return c.ok ? autoRules.previewRuleForShop(a, c.data, now, db) : Promise.resolve(fail(c.error));
};
const upsertExemptCategory = viaSchema(exemptUpsertSchema, exemptList.upsertExemptCategory);
const removeExemptCategory = viaSchema(exemptRemoveSchema, exemptList.removeExemptCategory);
const createMember = viaSchema(memberCreateSchema, members.createMember);
const changeMemberRole = viaSchema(memberRoleSchema, members.changeMemberRole);
const setMemberActive = viaSchema(memberActiveSchema, members.setMemberActive);
const createToken = viaSchema(tokenCreateSchema, tokens.createToken);
const revokeToken = (a: Actor, id: string, db?: Db) => viaSchema(tokenRefSchema, tokens.revokeToken)(a, { id }, db);
const updateShopSettings = viaSchema(shopSettingsSchema, shopSettings.updateShopSettings);

const h = useProcessDb();

async function newShop(): Promise<{ manager: Actor; token: string }> {
  const r = await createShop(h.db, { name: "设置测试店", managerEmail: `${uid("m")}@t.shop`, password: "manager-pass-1" });
  if (!r.ok) throw new Error(r.message);
  return { manager: { shopId: r.data.shopId, userId: r.data.userId, role: "manager" }, token: r.data.apiToken };
}

const ANY: AutoApprovalConditions = { types: [], reasons: [], reasonClasses: [], categoryCodes: [], exemptCategoryOnly: false, maxAmount: null, orderStages: [], qualityBuyerOnly: false };
/** The seed's advice as the form sends it: refund only, quality reason, exempt category, ≤ ¥30. */
const SEED_RULE = { name: "小额质量问题秒退", enabled: true, conditions: { ...ANY, types: ["REFUND_ONLY"], reasonClasses: ["quality"], exemptCategoryOnly: true, maxAmount: "30" } };

async function signedOrder(shopId: string, orderId: string, at: number, opts: Parameters<typeof paid>[1] = {}) {
  const send = feeder(h.db, shopId);
  expect((await send("ORDER_PAID", at, paid(orderId, opts))).status).toBe("applied");
  expect((await send("ORDER_SHIPPED", at + HOUR, { orderId, carrier: "中通", trackingNo: `Z${orderId}` })).status).toBe("applied");
  expect((await send("ORDER_SIGNED", at + DAY, { orderId })).status).toBe("applied");
}

describe("DOMAIN §11 auto-approval rules through the feed", () => {
  it("a matching request is approved at once by MERCHANT_RULE and stays exemptable; a non-matching one waits", async () => {
    const { manager } = await newShop();
    const created = await createRule(manager, SEED_RULE, h.db);
    expect(created.ok).toBe(true);
    const send = feeder(h.db, manager.shopId);
    await signedOrder(manager.shopId, "o-small", T, { amount: 2_500 });
    await signedOrder(manager.shopId, "o-big", T, { amount: 8_000 });
    await send("REFUND_REQUESTED", T + 2 * DAY, { refundId: "r-small", orderId: "o-small", type: "REFUND_ONLY", reason: "SPOILED", amount: 2_500 });
    await send("REFUND_REQUESTED", T + 2 * DAY, { refundId: "r-big", orderId: "o-big", type: "REFUND_ONLY", reason: "SPOILED", amount: 8_000 });
    const small = await refundRow(h.db, manager.shopId, "r-small");
    expect([small.status, small.resolvedBy, small.autoRuleId]).toEqual(["REFUNDED", "MERCHANT_RULE", created.ok ? created.data.id : null]);
    expect((await refundRow(h.db, manager.shopId, "r-big")).status).toBe("PENDING_REVIEW");
    const [q] = await rows<{ exempt: boolean; counted: boolean }>(h.db, sql`select exempt, counted from order_quality where shop_id = ${manager.shopId} and order_id = 'o-small'`);
    expect(q).toEqual({ exempt: true, counted: false });
    const [rule] = await listRules(manager.shopId, h.db);
    expect([rule?.approved, rule?.keptExempt]).toEqual([1, 1]);
    const audit = await listAudit(manager.shopId, { kind: "refund-action" }, h.db);
    expect(audit.rows.map((r) => r.detail.via)).toEqual(["rule"]);
  });

  it("a disabled rule approves nothing; order and enable state are kept; delete removes it", async () => {
    const { manager } = await newShop();
    const a = await createRule(manager, { ...SEED_RULE, name: "A" }, h.db);
    const b = await createRule(manager, { ...SEED_RULE, name: "B", conditions: ANY }, h.db);
    if (!a.ok || !b.ok) throw new Error("rules");
    expect((await moveRule(manager, { id: b.data.id, direction: "up" }, h.db)).ok).toBe(true);
    expect((await listRules(manager.shopId, h.db)).map((r) => r.name)).toEqual(["B", "A"]);
    expect(await moveRule(manager, { id: b.data.id, direction: "up" }, h.db)).toEqual({ ok: true, data: { moved: false } });
    await setRuleEnabled(manager, a.data.id, false, h.db);
    await setRuleEnabled(manager, b.data.id, false, h.db);
    await signedOrder(manager.shopId, "o1", T, { amount: 1_000 });
    await feeder(h.db, manager.shopId)("REFUND_REQUESTED", T + 2 * DAY, { refundId: "r1", orderId: "o1", type: "REFUND_ONLY", reason: "SPOILED", amount: 1_000 });
    expect((await refundRow(h.db, manager.shopId, "r1")).status).toBe("PENDING_REVIEW");
    const edited = await updateRule(manager, a.data.id, { ...SEED_RULE, name: "A2", enabled: true }, h.db);
    expect(edited.ok).toBe(true);
    expect((await listRules(manager.shopId, h.db)).map((r) => [r.name, r.enabled])).toEqual([["B", false], ["A2", true]]);
    expect((await deleteRule(manager, b.data.id, h.db)).ok).toBe(true);
    expect((await listRules(manager.shopId, h.db)).map((r) => r.name)).toEqual(["A2"]);
  });

  it("rules added at once by two managers get distinct positions", async () => {
    const { manager } = await newShop();
    await Promise.all([createRule(manager, { ...SEED_RULE, name: "甲" }, h.db), createRule(manager, { ...SEED_RULE, name: "乙" }, h.db), createRule(manager, { ...SEED_RULE, name: "丙" }, h.db)]);
    const positions = (await listRules(manager.shopId, h.db)).map((r) => r.position);
    expect(positions).toEqual([1, 2, 3]);
  });

  it("bad rule input is refused with field codes and stores nothing", async () => {
    const { manager } = await newShop();
    const r = await createRule(manager, { ...SEED_RULE, name: " ", conditions: { ...SEED_RULE.conditions, maxAmount: "-3", reasons: ["NOPE"] } }, h.db);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.error.fields ?? {})).toEqual(expect.arrayContaining(["name", "conditions.maxAmount", "conditions.reasons.0"]));
    expect(await listRules(manager.shopId, h.db)).toEqual([]);
    expect((await updateRule(manager, randomUUID(), SEED_RULE, h.db)).ok).toBe(false);
    expect((await deleteRule(manager, "not-an-id", h.db)).ok).toBe(false);
  });
});

describe("DOMAIN §11 the 30-day preview equals a replay", () => {
  /** Orders and what happened to their refund-only requests, the same in both shops. */
  const cases = Array.from({ length: 12 }, (_, i) => ({
    orderId: `o${i}`,
    refundId: `r${i}`,
    amount: [1_500, 2_900, 3_000, 4_500][i % 4]!,
    reason: i % 5 === 0 ? "NO_REASON" : "SPOILED",
    category: i % 6 === 0 ? 5020 : 3814,
    /** What the merchant did without the rule. */
    then: (["approve", "reject-cancel", "timeout", "reject-refund"] as const)[i % 4]!,
  }));
  const now = T + 20 * DAY;

  async function history(shopId: string, userId: string) {
    const send = feeder(h.db, shopId);
    const doAct = act(h.db, { shopId, userId, role: "manager" });
    for (const [i, c] of cases.entries()) {
      const at = T + i * HOUR;
      await signedOrder(shopId, c.orderId, at, { amount: c.amount, category: c.category, buyer: `b${i}`, product: { id: `p${i}` } });
      await send("REFUND_REQUESTED", at + 2 * DAY, { refundId: c.refundId, orderId: c.orderId, type: "REFUND_ONLY", reason: c.reason, amount: c.amount });
    }
    for (const [i, c] of cases.entries()) {
      const at = T + i * HOUR + 2 * DAY + HOUR;
      const row = await refundRow(h.db, shopId, c.refundId);
      if (row.status !== "PENDING_REVIEW") continue; // the rule decided first
      if (c.then === "approve") await doAct(c.refundId, "approve", { version: row.version }, at);
      if (c.then === "reject-cancel" || c.then === "reject-refund") {
        const rej = await doAct(c.refundId, "reject", { version: row.version, reasonCode: "OTHER", explanation: "买家已同意撤销，双方沟通一致，无需退款处理" }, at);
        expect(rej.ok).toBe(true);
        if (c.then === "reject-cancel") await send("BUYER_CANCELLED", at + HOUR, { refundId: c.refundId });
        else {
          await send("INTERVENTION_REQUESTED", at + HOUR, { refundId: c.refundId });
          await send("PLATFORM_RULING", at + 2 * HOUR, { refundId: c.refundId, outcome: "REFUND" });
        }
      }
    }
    await sweepDeadlines(now, h.db);
  }

  it("approved count and counted rate of the preview equal the same history replayed with the rule on", async () => {
    const without = await newShop();
    await history(without.manager.shopId, without.manager.userId);
    const preview = await previewRuleForShop(without.manager, SEED_RULE.conditions, now, h.db);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;

    const replay = await newShop();
    expect((await createRule(replay.manager, SEED_RULE, h.db)).ok).toBe(true);
    await history(replay.manager.shopId, replay.manager.userId);
    const [byRule] = await rows<{ n: number }>(h.db, sql`select count(*)::int as n from refund_requests where shop_id = ${replay.manager.shopId} and resolved_by = 'MERCHANT_RULE'`);
    const to = shanghaiDate(now);
    const replayed = await qualityOverview(replay.manager.shopId, addCalendarDays(to, -29), to, now, h.db);

    expect(preview.data.approved).toBeGreaterThan(0);
    expect(preview.data.leftCounted).toBeGreaterThan(0);
    expect(preview.data.approved).toBe(byRule!.n);
    expect(preview.data.considered).toBe(cases.length);
    expect(preview.data.after).toEqual(replayed.totals);
    expect(preview.data.before.counted - preview.data.after.counted).toBe(preview.data.leftCounted - preview.data.becameCounted);
  });
});

describe("exemption list (DOMAIN §6) edited by a manager", () => {
  it("a change applies from its effective date and the analytics follow exactly; a note is required", async () => {
    const { manager } = await newShop();
    const send = feeder(h.db, manager.shopId);
    // Tea (2110) is not exempt. Two quality refunds: first requests on Nov 3 and Nov 6 (Shanghai).
    for (const [i, day] of [2, 5].entries()) {
      const orderId = `tea${i}`;
      await signedOrder(manager.shopId, orderId, T + (day - 2) * DAY, { category: 2110, product: { id: "tea" } });
      await send("REFUND_REQUESTED", T + day * DAY, { refundId: `rt${i}`, orderId, type: "REFUND_ONLY", reason: "QUALITY_DEFECT", amount: 5_000 });
      const r = await refundRow(h.db, manager.shopId, `rt${i}`);
      await act(h.db, manager)(`rt${i}`, "approve", { version: r.version }, T + day * DAY + HOUR);
    }
    const range = [shanghaiDate(T - DAY), shanghaiDate(T + 10 * DAY)] as const;
    const totals = async () => (await qualityOverview(manager.shopId, range[0], range[1], T + 30 * DAY, h.db)).totals;
    expect(await totals()).toMatchObject({ numerator: 2, exempted: 0, counted: 2 });

    const noNote = await upsertExemptCategory(manager, { categoryCode: "2110", categoryName: "茶叶", effectiveFrom: "2026-11-05", note: "" }, h.db);
    expect(noNote.ok ? [] : noNote.error.fields?.note).toEqual(["REQUIRED"]);
    expect(await totals()).toMatchObject({ exempted: 0, counted: 2 });

    expect((await upsertExemptCategory(manager, { categoryCode: "2110", categoryName: "茶叶", effectiveFrom: "2026-11-05", note: "平台 11 月公告新增" }, h.db)).ok).toBe(true);
    expect(await totals()).toMatchObject({ numerator: 2, exempted: 1, counted: 1 });
    expect((await upsertExemptCategory(manager, { categoryCode: "2110", effectiveFrom: "2026-11-01", note: "公告日期更正" }, h.db)).ok).toBe(true);
    expect(await totals()).toMatchObject({ exempted: 2, counted: 0 });
    expect((await removeExemptCategory(manager, { categoryCode: 2110, note: "平台撤回" }, h.db)).ok).toBe(true);
    expect(await totals()).toMatchObject({ exempted: 0, counted: 2 });
    const log = await listAudit(manager.shopId, { kind: "exempt-list" }, h.db);
    expect(log.rows.map((r) => r.detail.op)).toEqual(["remove", "edit", "add"]);
    expect((await removeExemptCategory(manager, { categoryCode: 2110, note: "再删一次" }, h.db)).ok).toBe(false);
  });
});

describe("users and API tokens", () => {
  it("a revoked token gets 401 at once; a deactivated member's tokens and sessions stop at once", async () => {
    const { manager } = await newShop();
    const op = await createMember(manager, { email: `${uid("op")}@t.shop`, name: "小王", password: "operator-pass", role: "operator" }, h.db);
    if (!op.ok) throw new Error("member");
    const t1 = await createToken(manager, { name: "ERP", userId: op.data.userId }, h.db);
    const t2 = await createToken(manager, { name: "脚本", userId: op.data.userId }, h.db);
    if (!t1.ok || !t2.ok) throw new Error("tokens");
    const who = await shopUserFromBearer(`Bearer ${t1.data.token}`);
    expect(who.ok && who.user.role).toBe("operator");
    expect((await revokeToken(manager, t1.data.id, h.db)).ok).toBe(true);
    expect(await shopUserFromBearer(`Bearer ${t1.data.token}`)).toEqual({ ok: false, code: "UNAUTHORIZED" });
    expect((await shopUserFromBearer(`Bearer ${t2.data.token}`)).ok).toBe(true);

    await h.db.insert(session).values({ id: randomUUID(), token: randomUUID(), userId: op.data.userId, expiresAt: new Date(Date.now() + DAY) });
    expect((await setMemberActive(manager, { userId: op.data.userId, active: false }, h.db)).ok).toBe(true);
    expect(await shopUserFromBearer(`Bearer ${t2.data.token}`)).toEqual({ ok: false, code: "UNAUTHORIZED" });
    expect(await rows(h.db, sql`select 1 from session where user_id = ${op.data.userId}`)).toEqual([]);
    const tokens = await listTokens(manager.shopId, h.db);
    expect(tokens.find((t) => t.id === t1.data.id)?.revokedAt).not.toBeNull();
    expect(tokens.find((t) => t.id === t2.data.id)?.lastUsedAt).not.toBeNull();
    // A token for a deactivated member is refused.
    const refused = await createToken(manager, { name: "x", userId: op.data.userId }, h.db);
    expect(refused.ok ? null : refused.error.notice).toBe("TOKEN_USER_INACTIVE");
  });

  it("roles change; the shop keeps an active manager; nobody changes their own access; emails are unique", async () => {
    const { manager } = await newShop();
    const m2 = await createMember(manager, { email: `${uid("m2")}@t.shop`, name: "二店长", password: "manager-pass-2", role: "operator" }, h.db);
    if (!m2.ok) throw new Error("member");
    expect((await changeMemberRole(manager, { userId: m2.data.userId, role: "manager" }, h.db)).ok).toBe(true);
    const self = await setMemberActive(manager, { userId: manager.userId, active: false }, h.db);
    expect(self.ok ? null : self.error.notice).toBe("SELF_CHANGE");
    const second: Actor = { shopId: manager.shopId, userId: m2.data.userId, role: "manager" };
    expect((await setMemberActive(second, { userId: manager.userId, active: false }, h.db)).ok).toBe(true);
    // Now m2 is the only active manager: the first manager (deactivated) cannot be the one to keep.
    const last = await changeMemberRole(manager, { userId: m2.data.userId, role: "operator" }, h.db);
    expect(last.ok ? null : last.error.notice).toBe("LAST_MANAGER");
    const members = await listMembers(manager.shopId, h.db);
    expect(members.filter((m) => m.role === "manager" && m.active).map((m) => m.userId)).toEqual([m2.data.userId]);
    const [mEmail] = await h.db.select({ email: user.email }).from(user).where(eq(user.id, m2.data.userId));
    const dup = await createMember(manager, { email: mEmail!.email.toUpperCase(), name: "重复", password: "whatever-123", role: "operator" }, h.db);
    expect(dup.ok ? null : dup.error.fields).toEqual({ email: ["EMAIL_TAKEN"] });
  });

  it("two managers demoting each other at once: exactly one succeeds, one manager stays", async () => {
    const { manager } = await newShop();
    const m2 = await createMember(manager, { email: `${uid("m2")}@t.shop`, name: "二店长", password: "manager-pass-2", role: "manager" }, h.db);
    if (!m2.ok) throw new Error("member");
    const second: Actor = { shopId: manager.shopId, userId: m2.data.userId, role: "manager" };
    const [a, b] = await Promise.all([
      changeMemberRole(manager, { userId: m2.data.userId, role: "operator" }, h.db),
      changeMemberRole(second, { userId: manager.userId, role: "operator" }, h.db),
    ]);
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1);
    const managers = (await listMembers(manager.shopId, h.db)).filter((m) => m.role === "manager" && m.active);
    expect(managers).toHaveLength(1);
  });

  it("shop settings: threshold in percent, address and contact; bad input changes nothing; each change audited", async () => {
    const { manager } = await newShop();
    const bad = await updateShopSettings(manager, { returnAddress: "x", contact: "y", threshold: "abc" }, h.db);
    expect(bad.ok ? null : bad.error.fields?.threshold).toEqual(["INVALID_PERCENT"]);
    expect(await updateShopSettings(manager, { returnAddress: "杭州市余杭区仓前街道 1 号", contact: "0571-12345678", threshold: "2.5" }, h.db)).toEqual({ ok: true, data: { changed: ["returnAddress", "contact", "qualityThresholdBp"] } });
    const [shop] = await h.db.select().from(shops).where(eq(shops.id, manager.shopId));
    expect([shop?.qualityThresholdBp, shop?.contact]).toEqual([250, "0571-12345678"]);
    const log = await listAudit(manager.shopId, { kind: "settings" }, h.db);
    expect(log.rows[0]?.detail.qualityThresholdBp).toEqual({ from: 300, to: 250 });
  });
});

describe("audit log", () => {
  it("records request actions and token use once per window, newest first, filterable and paged", async () => {
    const { manager, token } = await newShop();
    await signedOrder(manager.shopId, "o1", T);
    await feeder(h.db, manager.shopId)("REFUND_REQUESTED", T + 2 * DAY, { refundId: "r1", orderId: "o1", type: "REFUND_ONLY", reason: "SPOILED", amount: 5_000 });
    const r = await refundRow(h.db, manager.shopId, "r1");
    await act(h.db, manager)("r1", "approve", { version: r.version }, T + 2 * DAY + HOUR);
    for (let i = 0; i < 3; i++) expect((await shopUserFromBearer(`Bearer ${token}`)).ok).toBe(true);
    const actions = await listAudit(manager.shopId, { kind: "refund-action" }, h.db);
    expect(actions.rows.map((x) => [x.detail.refundId, x.detail.action, x.detail.to, x.userId])).toEqual([["r1", "approve", "REFUNDED", manager.userId]]);
    expect((await listAudit(manager.shopId, { kind: "token-use" }, h.db)).rows).toHaveLength(1);
    for (let i = 0; i < 55; i++) await updateShopSettings(manager, { returnAddress: `地址 ${i}`, contact: "", threshold: "3" }, h.db);
    const page1 = await listAudit(manager.shopId, {}, h.db);
    expect(page1.rows).toHaveLength(50);
    expect(page1.rows[0]?.detail.returnAddress).toMatchObject({ to: "地址 54" });
    const page2 = await listAudit(manager.shopId, { before: page1.next! }, h.db);
    expect(page2.next).toBeNull();
    expect(new Set([...page1.rows, ...page2.rows].map((x) => x.id)).size).toBe(page1.rows.length + page2.rows.length);
    expect((await listAudit(manager.shopId, { user: randomUUID() }, h.db)).rows).toEqual([]);
    await expect(h.db.execute(sql`delete from audit_log where shop_id = ${manager.shopId}`)).rejects.toThrow();
  });
});

describe("an operator is refused every manager action, and nothing changes", () => {
  it("FORBIDDEN from each settings service", async () => {
    const { manager } = await newShop();
    const rule = await createRule(manager, SEED_RULE, h.db);
    if (!rule.ok) throw new Error("rule");
    const op: Actor = { ...manager, role: "operator" };
    const before = await rows(h.db, sql`select (select count(*) from audit_log where shop_id = ${manager.shopId}) a, (select count(*) from auto_approval_rules where shop_id = ${manager.shopId}) r, (select count(*) from api_tokens where shop_id = ${manager.shopId}) t, (select count(*) from shop_members where shop_id = ${manager.shopId}) m`);
    const results = [
      await updateShopSettings(op, { returnAddress: "", contact: "", threshold: "5" }, h.db),
      await createRule(op, SEED_RULE, h.db),
      await updateRule(op, rule.data.id, SEED_RULE, h.db),
      await setRuleEnabled(op, rule.data.id, false, h.db),
      await moveRule(op, { id: rule.data.id, direction: "down" }, h.db),
      await deleteRule(op, rule.data.id, h.db),
      await previewRuleForShop(op, SEED_RULE.conditions, T, h.db),
      await upsertExemptCategory(op, { categoryCode: 1, effectiveFrom: "2026-01-01", note: "x" }, h.db),
      await removeExemptCategory(op, { categoryCode: 3814, note: "x" }, h.db),
      await createMember(op, { email: "x@y.z", name: "x", password: "12345678", role: "manager" }, h.db),
      await changeMemberRole(op, { userId: manager.userId, role: "operator" }, h.db),
      await setMemberActive(op, { userId: manager.userId, active: false }, h.db),
      await createToken(op, { name: "x", userId: manager.userId }, h.db),
      await revokeToken(op, randomUUID(), h.db),
    ];
    expect(results.map((r) => (r.ok ? "ok" : r.error.code))).toEqual(results.map(() => "FORBIDDEN"));
    const after = await rows(h.db, sql`select (select count(*) from audit_log where shop_id = ${manager.shopId}) a, (select count(*) from auto_approval_rules where shop_id = ${manager.shopId}) r, (select count(*) from api_tokens where shop_id = ${manager.shopId}) t, (select count(*) from shop_members where shop_id = ${manager.shopId}) m`);
    expect(after).toEqual(before);
    const [list] = await rows<{ n: number }>(h.db, sql`select count(*)::int n from exempt_categories where shop_id = ${manager.shopId}`);
    expect(list!.n).toBe(25);
    const [r] = await h.db.select().from(autoApprovalRules).where(and(eq(autoApprovalRules.shopId, manager.shopId), eq(autoApprovalRules.id, rule.data.id)));
    expect(r?.enabled).toBe(true);
  });
});
