/**
 * One text limit at every entry (issue 15 part 2; DOMAIN §10): every text field of the feed, the
 * merchant API, the server actions and the settings forms, at its limit − 1, its limit and its
 * limit + 1 code points, written in ASCII, emoji (surrogate pairs: two UTF-16 units each),
 * combining marks (each mark is a code point of its own) and CJK. Up to the limit the text is
 * accepted and stored as sent; one more is refused as VALIDATION with the field's TOO_LONG and
 * changes nothing.
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as feedPOST } from "@/app/api/platform/events/route";
import { POST as actionPOST } from "@/app/api/v1/refunds/[refundId]/[action]/route";
import { API_RATE_LIMIT } from "@/lib/auth/api-token";
import { setDbHandleForProcess, type DbHandle } from "@/lib/db/client";
import { refundRequests, refundTimeline } from "@/lib/db/schema";
import { sign } from "@/lib/http/signature";
import { DEFAULT_POLICY, type MerchantAction } from "@/lib/rules";
import { createShop } from "@/lib/services/settings/create-shop";
import { parseInput } from "@/lib/validation/parse";
import { exemptUpsertSchema, memberCreateSchema, ruleSchema, SETTINGS_TEXT_LIMITS, shopSettingsSchema, tokenCreateSchema, exemptRemoveSchema } from "@/lib/validation/settings";
import { openTestDb, onPostgres, TEST_WEBHOOK_SECRET } from "./db-fixture";
import { actNow, DAY, HOUR, paid, T } from "./shop-fixture";

process.env.PLATFORM_WEBHOOK_SECRET = TEST_WEBHOOK_SECRET;
const MAX = DEFAULT_POLICY.maxTextLength;

/** A text of exactly `n` code points in one script. */
const SCRIPTS: Record<string, (n: number) => string> = {
  ascii: (n) => "a".repeat(n),
  emoji: (n) => "😀".repeat(n),
  combining: (n) => "e\u0301".repeat(Math.floor(n / 2)) + (n % 2 ? "e" : ""),
  cjk: (n) => "中".repeat(n),
};
const codePoints = (s: string) => [...s].length;

/** Every (script, length) of a limit, with whether it must be accepted. */
function cases(limit: number) {
  return Object.entries(SCRIPTS).flatMap(([script, make]) =>
    [limit - 1, limit, limit + 1].map((n) => {
      const text = make(n);
      expect(codePoints(text)).toBe(n);
      return { name: `${script} × ${n}`, text, ok: n <= limit };
    }),
  );
}

let h: DbHandle;
let shopId: string;
let userId: string;
let token: string;
let seq = 0;
const savedLimit = API_RATE_LIMIT.max;

async function feed(events: object[]): Promise<Response> {
  const text = JSON.stringify(events.length === 1 ? events[0] : { events });
  return feedPOST(new Request("http://localhost/api/platform/events", { method: "POST", headers: { "x-signature": sign(text, TEST_WEBHOOK_SECRET) }, body: text }));
}
const ev = (type: string, ms: number, data: Record<string, unknown>) => ({ eventId: `tl-${seq++}`, type, occurredAt: new Date(ms).toISOString(), shopId, data });

/** A fresh order signed long ago, and optionally its request (refund only, pending review, version 1). */
async function freshOrder(withRequest: boolean): Promise<{ orderId: string; refundId: string }> {
  const orderId = `o-tl-${seq++}`;
  const refundId = `r-tl-${seq++}`;
  const events = [ev("ORDER_PAID", T, paid(orderId, { amount: 100_000 })), ev("ORDER_SHIPPED", T + HOUR, { orderId, carrier: "中通", trackingNo: "Z" }), ev("ORDER_SIGNED", T + DAY, { orderId })];
  if (withRequest) events.push(ev("REFUND_REQUESTED", Date.now() - HOUR, { refundId, orderId, type: "REFUND_ONLY", reason: "SPOILED", amount: 50_000 }));
  expect((await feed(events)).status).toBe(200);
  return { orderId, refundId };
}

async function requestState(refundId: string) {
  const [r] = await h.db.select().from(refundRequests).where(and(eq(refundRequests.shopId, shopId), eq(refundRequests.id, refundId)));
  const entries = await h.db.select().from(refundTimeline).where(and(eq(refundTimeline.shopId, shopId), eq(refundTimeline.refundId, refundId)));
  return { r: r!, entries };
}

beforeAll(async () => {
  h = await openTestDb();
  setDbHandleForProcess(h);
  API_RATE_LIMIT.max = 1_000_000;
  const shop = await createShop(h.db, { name: "Texts", managerEmail: `texts${Date.now()}@x.com`, password: "password-texts" });
  if (!shop.ok) throw new Error("shop");
  ({ shopId, userId, apiToken: token } = shop.data);
});
afterAll(async () => {
  API_RATE_LIMIT.max = savedLimit;
  setDbHandleForProcess(undefined);
  await h?.close();
});

/** Each merchant text field: the action, the body around the text, and where the text is stored. */
const ACTION_FIELDS: { action: MerchantAction; field: string; body: (text: string) => Record<string, unknown>; stored: (s: Awaited<ReturnType<typeof requestState>>) => string | null | undefined }[] = [
  { action: "reject", field: "explanation", body: (text) => ({ reasonCode: "OTHER", explanation: text }), stored: (s) => s.r.rejectExplanation },
  { action: "offer", field: "message", body: (text) => ({ amount: 10_000, message: text }), stored: (s) => s.entries.at(-1)?.note },
  { action: "note", field: "text", body: (text) => ({ text }), stored: (s) => s.entries.at(-1)?.note },
];

describe(`one text limit at every entry on ${onPostgres ? "PostgreSQL" : "PGlite"} (limit ${MAX} code points)`, () => {
  it("feed: REFUND_REQUESTED description", async () => {
    for (const c of cases(MAX)) {
      const { orderId } = await freshOrder(false);
      const refundId = `r-desc-${seq++}`;
      const res = await feed([ev("REFUND_REQUESTED", Date.now() - HOUR, { refundId, orderId, type: "REFUND_ONLY", reason: "SPOILED", amount: 1_000, description: c.text })]);
      expect(res.status, c.name).toBe(c.ok ? 200 : 400);
      const [row] = await h.db.select({ description: refundRequests.description }).from(refundRequests).where(and(eq(refundRequests.shopId, shopId), eq(refundRequests.id, refundId)));
      if (c.ok) expect(row?.description, c.name).toBe(c.text);
      else {
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe("VALIDATION");
        expect(row, c.name).toBeUndefined();
      }
    }
  }, 120_000);

  for (const f of ACTION_FIELDS) {
    it(`merchant API: ${f.action} ${f.field}`, async () => {
      for (const c of cases(MAX)) {
        const { refundId } = await freshOrder(true);
        const before = await requestState(refundId);
        const res = await actionPOST(
          new Request(`http://localhost/api/v1/refunds/${refundId}/${f.action}`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json" }, body: JSON.stringify({ version: 1, ...f.body(c.text) }) }),
          { params: Promise.resolve({ refundId, action: f.action }) },
        );
        expect(res.status, c.name).toBe(c.ok ? 200 : 400);
        const after = await requestState(refundId);
        if (c.ok) expect(f.stored(after), c.name).toBe(c.text);
        else {
          const body = (await res.json()) as { error: { code: string; fields?: Record<string, string[]> } };
          expect(body.error.code).toBe("VALIDATION");
          expect(body.error.fields?.[f.field], c.name).toEqual(["TOO_LONG"]);
          expect(after, c.name).toEqual(before);
        }
      }
    }, 120_000);

    it(`server action: ${f.action} ${f.field} (the action's schema, then the service)`, async () => {
      for (const c of cases(MAX)) {
        const { refundId } = await freshOrder(true);
        const before = await requestState(refundId);
        const r = await actNow({ shopId, userId, role: "manager" }, refundId, f.action, { version: 1, ...f.body(c.text) }, Date.now(), h.db);
        expect(r.ok, c.name).toBe(c.ok);
        const after = await requestState(refundId);
        if (c.ok) expect(f.stored(after), c.name).toBe(c.text);
        else {
          expect(!r.ok && r.error.code).toBe("VALIDATION");
          expect(!r.ok && r.error.fields?.[f.field], c.name).toEqual(["TOO_LONG"]);
          expect(after, c.name).toEqual(before);
        }
      }
    }, 120_000);
  }

  // The settings forms' texts: the same rule, each with its own limit (the exemption note is a DOMAIN §10 note).
  const SETTINGS_FIELDS = [
    { form: "shop settings", field: "returnAddress", limit: SETTINGS_TEXT_LIMITS.returnAddress, parse: (t: string) => parseInput(shopSettingsSchema, { returnAddress: t, contact: "", threshold: "3" }) },
    { form: "shop settings", field: "contact", limit: SETTINGS_TEXT_LIMITS.contact, parse: (t: string) => parseInput(shopSettingsSchema, { returnAddress: "", contact: t, threshold: "3" }) },
    { form: "auto-approval rule", field: "name", limit: SETTINGS_TEXT_LIMITS.ruleName, parse: (t: string) => parseInput(ruleSchema, { name: t, enabled: true, conditions: { types: [], reasons: [], reasonClasses: [], categoryCodes: [], exemptCategoryOnly: false, maxAmount: null, orderStages: [], qualityBuyerOnly: false } }) },
    { form: "exemption list", field: "categoryName", limit: SETTINGS_TEXT_LIMITS.categoryName, parse: (t: string) => parseInput(exemptUpsertSchema, { categoryCode: 5001, categoryName: t, effectiveFrom: "2026-01-01", note: "n" }) },
    { form: "exemption list", field: "note", limit: MAX, parse: (t: string) => parseInput(exemptUpsertSchema, { categoryCode: 5001, effectiveFrom: "2026-01-01", note: t }) },
    { form: "exemption list (remove)", field: "note", limit: MAX, parse: (t: string) => parseInput(exemptRemoveSchema, { categoryCode: 5001, note: t }) },
    { form: "members", field: "name", limit: SETTINGS_TEXT_LIMITS.memberName, parse: (t: string) => parseInput(memberCreateSchema, { email: "a@b.cd", name: t, password: "password-1", role: "operator" }) },
    { form: "API tokens", field: "name", limit: SETTINGS_TEXT_LIMITS.tokenName, parse: (t: string) => parseInput(tokenCreateSchema, { name: t, userId: "0b0b0b0b-0000-4000-8000-000000000000" }) },
  ];
  for (const f of SETTINGS_FIELDS) {
    it(`settings form: ${f.form} ${f.field} (limit ${f.limit})`, () => {
      for (const c of cases(f.limit)) {
        const r = f.parse(c.text);
        expect(r.ok, c.name).toBe(c.ok);
        if (r.ok) expect((r.data as Record<string, unknown>)[f.field], c.name).toBe(c.text);
        else expect(r.error.fields?.[f.field], c.name).toEqual(["TOO_LONG"]);
      }
    });
  }

  it("every text field refuses a NUL or other control character, and keeps tab and line breaks", () => {
    for (const f of SETTINGS_FIELDS) {
      expect(f.parse("ab\u0000cd").ok ? "" : (f.parse("ab\u0000cd") as { error: { fields?: Record<string, string[]> } }).error.fields?.[f.field], f.field).toEqual(["INVALID_CHARACTERS"]);
      expect(f.parse("a\tb\nc\r\nd").ok, f.field).toBe(true);
    }
  });
});
