/**
 * Issue 19: reply templates (常用语) kept by managers, and the queue's saved views — private or
 * shared, removed by their owner (or a manager, when shared), their query kept to its valid parts.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setDbHandleForProcess, type DbHandle } from "@/lib/db/client";
import { shopMembers, user } from "@/lib/db/schema";
import { deleteView, listSavedViews, queueCategoryOptions, saveView } from "@/lib/services/queue/saved-views";
import { createShop } from "@/lib/services/settings/create-shop";
import { deleteReplyTemplate, listReplyTemplates, saveReplyTemplate } from "@/lib/services/settings/reply-templates";
import type { Actor } from "@/lib/services/settings/require-manager";
import { savedViewRefSchema, savedViewSchema } from "@/lib/validation/saved-views";
import { replyTemplateRefSchema, replyTemplateSchema } from "@/lib/validation/templates";
import { openTestDb } from "./db-fixture";
import { feeder, paid, T, uid, viaSchema } from "./shop-fixture";

const saveTemplate = viaSchema(replyTemplateSchema, saveReplyTemplate);
const removeTemplate = viaSchema(replyTemplateRefSchema, deleteReplyTemplate);
const save = viaSchema(savedViewSchema, saveView, "operator");
const remove = viaSchema(savedViewRefSchema, deleteView, "operator");

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
  setDbHandleForProcess(h);
});
afterAll(async () => {
  setDbHandleForProcess(undefined);
  await h.close();
});

async function shop(): Promise<{ manager: Actor; op: Actor; op2: Actor }> {
  const r = await createShop(h.db, { name: "常用语测试店", managerEmail: `${uid("m")}@t.shop`, password: "manager-pass-1" });
  if (!r.ok) throw new Error(r.message);
  const member = async (): Promise<Actor> => {
    const id = randomUUID();
    await h.db.insert(user).values({ id, email: `${id}@t.shop`, name: `客服${id.slice(0, 4)}` });
    await h.db.insert(shopMembers).values({ shopId: r.data.shopId, userId: id, role: "operator" });
    return { shopId: r.data.shopId, userId: id, role: "operator" };
  };
  return { manager: { shopId: r.data.shopId, userId: r.data.userId, role: "manager" }, op: await member(), op2: await member() };
}

describe("reply templates (常用语)", () => {
  it("managers keep them; unknown placeholders and operators are refused; an offer has no reject reason", async () => {
    const { manager, op } = await shop();
    const ok = await saveTemplate(manager, { id: null, kind: "reject", rejectReason: "OTHER", title: "核实完好", body: "订单 {orderId} 已核实，金额 {amount}。" }, h.db);
    expect(ok.ok).toBe(true);
    expect(await saveTemplate(manager, { id: null, kind: "reject", rejectReason: null, title: "x", body: "你好 {buyer}" }, h.db)).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { body: ["UNKNOWN_PLACEHOLDER"] } } });
    expect(await saveTemplate(op, { id: null, kind: "offer", rejectReason: null, title: "x", body: "y" }, h.db)).toMatchObject({ ok: false, error: { code: "FORBIDDEN" } });
    expect((await saveTemplate(manager, { id: null, kind: "offer", rejectReason: "OTHER", title: "部分退款", body: "为您协商退款 {amount}" }, h.db)).ok).toBe(true);
    const list = await listReplyTemplates(manager.shopId, h.db);
    expect(list.map((x) => [x.kind, x.rejectReason, x.title])).toEqual([
      ["reject", "OTHER", "核实完好"],
      ["offer", null, "部分退款"],
    ]);
    if (!ok.ok) return;
    expect((await saveTemplate(manager, { id: ok.data.id, kind: "reject", rejectReason: null, title: "核实完好 2", body: "改过了" }, h.db)).ok).toBe(true);
    expect((await listReplyTemplates(manager.shopId, h.db))[0]).toMatchObject({ title: "核实完好 2", rejectReason: null });
    expect((await removeTemplate(manager, { id: ok.data.id }, h.db)).ok).toBe(true);
    expect(await removeTemplate(manager, { id: ok.data.id }, h.db)).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
  });
});

describe("saved views of the queue", () => {
  it("keeps only the valid parts of the query; private views stay private, shared ones are seen by all; owners and managers remove", async () => {
    const { manager, op, op2 } = await shop();
    const mine = await save(op, { name: "我的视图", query: "?tab=todo&type=REFUND_ONLY&amountMin=abc&bogus=1&category=3814", shared: false }, h.db);
    expect(mine).toMatchObject({ ok: true, data: { query: "tab=todo&type=REFUND_ONLY&category=3814" } });
    expect(await save(op, { name: "我的视图", query: "tab=all", shared: true }, h.db)).toMatchObject({ ok: false, error: { code: "VALIDATION", fields: { name: ["NAME_TAKEN"] } } });
    const shared = await save(op, { name: "共享视图", query: "tab=weird", shared: true }, h.db);
    expect(shared).toMatchObject({ ok: true, data: { query: "tab=todo" } });
    expect((await listSavedViews(op, h.db)).map((v) => [v.name, v.mine])).toEqual([
      ["共享视图", true],
      ["我的视图", true],
    ]);
    expect((await listSavedViews(op2, h.db)).map((v) => [v.name, v.mine, v.ownerName !== null])).toEqual([["共享视图", false, true]]);
    if (!mine.ok || !shared.ok) return;
    expect(await remove(op2, { id: shared.data.id }, h.db)).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } });
    expect(await remove(manager, { id: mine.data.id }, h.db)).toMatchObject({ ok: false, error: { code: "NOT_FOUND" } }); // private: not even a manager
    expect((await remove(manager, { id: shared.data.id }, h.db)).ok).toBe(true);
    expect((await remove(op, { id: mine.data.id }, h.db)).ok).toBe(true);
    expect(await listSavedViews(op, h.db)).toEqual([]);
  });

  it("offers the shop's categories by name", async () => {
    const { manager } = await shop();
    const send = feeder(h.db, manager.shopId);
    await send("ORDER_PAID", T, paid(uid("o"), { category: 3814 }));
    await send("ORDER_PAID", T, paid(uid("o"), { category: 424242, product: { id: "p2", categoryName: "试验类目" } }));
    const options = await queueCategoryOptions(manager.shopId, h.db);
    expect(options.find((c) => c.code === 3814)?.name).toBe("水果");
    expect(options.find((c) => c.code === 424242)?.name).toBe("试验类目");
  });
});
