/**
 * Issue 16: every kind of route carries the security headers (page, route handler, merchant API,
 * static asset); a page's CSP allows scripts only by this response's nonce and never eval; nothing
 * may frame the app; malformed paths and foreign server actions get clean refusals.
 */
import { expect, test, type APIResponse } from "@playwright/test";
import { STATE } from "./fixtures";

function expectBase(res: APIResponse) {
  const h = res.headers();
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  // Served over http here: no HSTS (it is sent only when BETTER_AUTH_URL is https).
  expect(h["strict-transport-security"]).toBeUndefined();
}

test("a page: base headers and a nonce CSP that its scripts carry, without unsafe-eval", async ({ request }) => {
  const res = await request.get("/login");
  expect(res.status()).toBe(200);
  expectBase(res);
  const csp = res.headers()["content-security-policy"]!;
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).toMatch(/img-src 'self'( https:\/\/\S+)*;/);
  const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  const html = await res.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const s of scripts) expect(s).toContain(`nonce="${nonce}"`);
  const again = await request.get("/login");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce!);
});

test.describe("signed in", () => {
  test.use({ storageState: STATE.operator });
  test("a page's own route handler and a signed-in page", async ({ request }) => {
    const data = await request.get("/refunds/data");
    expect(data.status()).toBe(200);
    expectBase(data);
    const page = await request.get("/refunds");
    expectBase(page);
    expect(page.headers()["content-security-policy"]).toContain("'nonce-");
  });
});

test("the merchant API and its unknown routes", async ({ request }) => {
  for (const path of ["/api/v1/refunds", "/api/nope"]) {
    const res = await request.get(path);
    expect(res.headers()["content-type"]).toContain("application/json");
    expectBase(res);
    expect(res.headers()["content-security-policy"]).toContain("default-src 'none'");
  }
});

test("static assets", async ({ request }) => {
  const html = await (await request.get("/login")).text();
  const asset = /\/_next\/static\/[^"']+\.(js|css)/.exec(html)?.[0];
  expect(asset).toBeTruthy();
  for (const path of [asset!, "/icon.svg"]) {
    const res = await request.get(path);
    expect(res.status()).toBe(200);
    expectBase(res);
  }
});

test("malformed percent-escapes: JSON 404 under /api, 400 elsewhere, never a 500", async ({ request }) => {
  for (const path of ["/api/v1/refunds/%zz", "/api/v1/orders/%c0%ae%c0%ae/quality", "/api/v1/refunds/%zz/approve"]) {
    const res = await request.get(path);
    expect(res.status()).toBe(404);
    expect((await res.json()).error.code).toBe("NOT_FOUND");
    expectBase(res);
  }
  const post = await request.post("/api/v1/refunds/%zz/approve", { data: { version: 1 } });
  expect(post.status()).toBe(404);
  const page = await request.get("/refunds/%zz");
  expect(page.status()).toBe(400);
  // A page in the reader's language with a way back, not a bare line of English.
  expect(page.headers()["content-type"]).toContain("text/html");
  expect(await page.text()).toContain("返回售后工作台");
  expectBase(page);
});

test("a server action posted from another site is refused 403, not a 500", async ({ request }) => {
  const res = await request.post("/login", { headers: { "next-action": "0".repeat(42), origin: "http://evil.example", "content-type": "text/plain;charset=UTF-8" }, data: '["en"]' });
  expect(res.status()).toBe(403);
  expect((await res.json()).error.code).toBe("FORBIDDEN");
});

test("a server action declaring a body over Next.js's 1 MB limit is refused 413, not a 500", async ({ request, baseURL }) => {
  const res = await request.post("/login", { headers: { "next-action": "0".repeat(42), origin: new URL(baseURL!).origin, "content-type": "text/plain;charset=UTF-8" }, data: "a".repeat(1024 * 1024 + 1) });
  expect(res.status()).toBe(413);
  expect((await res.json()).error.code).toBe("PAYLOAD_TOO_LARGE");
});

test("a page cannot be framed by another site", async ({ page, baseURL }) => {
  // A page of another site that frames the app's sign-in: the browser refuses to render it there.
  await page.route("http://attacker.test/**", (r) => r.fulfill({ contentType: "text/html", body: `<iframe id="f" src="${baseURL}/login"></iframe>` }));
  await page.goto("http://attacker.test/");
  await expect.poll(() => page.frames().length).toBe(2);
  const framed = page.frames()[1]!;
  await expect.poll(() => framed.url()).toMatch(/^chrome-error:/);
  await expect(page.frameLocator("#f").getByRole("button", { name: "登录" })).toHaveCount(0);
});
