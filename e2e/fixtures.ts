import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_SHOP_ID } from "../lib/demo/seed";
import { sign } from "../lib/http/signature";

export const ACCOUNTS = DEMO_ACCOUNTS;
export const STATE = { operator: "e2e/.auth/operator.json", manager: "e2e/.auth/manager.json" } as const;

export async function signIn(page: Page, role: keyof typeof ACCOUNTS) {
  await page.goto("/login");
  await page.getByLabel("邮箱").fill(ACCOUNTS[role].email);
  await page.getByLabel("密码").fill(ACCOUNTS[role].password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/refunds/);
}

/**
 * No serious or critical accessibility violations. Toasts are left out: axe can catch one in its
 * fade-in, half transparent, and report a contrast it never has once shown.
 */
export async function expectAccessible(page: Page) {
  const result = await new AxeBuilder({ page }).exclude("[data-sonner-toaster]").analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Collects console errors; call the returned function at the end of the test. */
export function watchConsole(page: Page): () => void {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return () => expect(errors).toEqual([]);
}

const HOUR = 3_600_000;
let seq = 0;

/** Posts signed platform events (API.md §1) to the server under test; fails the test unless all apply. */
export async function feed(request: APIRequestContext, events: object[]) {
  const body = JSON.stringify({ events });
  const res = await request.post("/api/platform/events", { data: body, headers: { "content-type": "application/json", "x-signature": sign(body, process.env.PLATFORM_WEBHOOK_SECRET ?? "") } });
  expect(res.status(), await res.text()).toBe(200);
}

/** A fresh order and request of the demo shop, made through the feed, so each journey has its own. */
export async function newRequest(
  request: APIRequestContext,
  opts: { shipped?: boolean; signed?: boolean; type?: "REFUND_ONLY" | "RETURN_REFUND"; reason?: string; amount?: number; description?: string; nickname?: string; evidence?: string[] } = {},
): Promise<string> {
  const tag = `e2e${Date.now().toString(36)}${(seq++).toString(36)}`;
  const now = Date.now();
  const at = (hoursAgo: number) => new Date(now - hoursAgo * HOUR).toISOString();
  const ev = (type: string, hoursAgo: number, data: object) => ({ eventId: `${tag}-${type}`, type, occurredAt: at(hoursAgo), shopId: DEMO_SHOP_ID, data });
  const orderId = `O${tag}`;
  const refundId = `R${tag}`;
  const shipped = opts.shipped ?? true;
  const signed = shipped && (opts.signed ?? true);
  await feed(request, [
    ev("ORDER_PAID", 72, { orderId, buyer: { id: `B${tag}`, nickname: opts.nickname ?? "测试买家", platformQualityUser: false }, product: { id: `P${tag}`, title: `测试芒果 ${tag}`, categoryCode: 3814, perishable: true }, quantity: 1, paidAmount: opts.amount ?? 5_000 }),
    ...(shipped ? [ev("ORDER_SHIPPED", 60, { orderId, carrier: "中通快递", trackingNo: `ZT${tag}` })] : []),
    ...(signed ? [ev("ORDER_SIGNED", 30, { orderId })] : []),
    ev("REFUND_REQUESTED", 1, { refundId, orderId, type: opts.type ?? "REFUND_ONLY", reason: opts.reason ?? "SPOILED", amount: opts.amount ?? 5_000, ...(opts.description ? { description: opts.description } : {}), ...(opts.evidence ? { evidence: opts.evidence } : {}) }),
  ]);
  return refundId;
}
