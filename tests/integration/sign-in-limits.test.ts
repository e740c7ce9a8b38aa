/**
 * Sign-in limits that hold (issue 16 found 7 and 8), through the real route handler
 * (app/api/auth/[...all]) on our database: without a trusted proxy the client is the socket's
 * peer (PEER_HEADER, as the server's diagnostics-channel hook writes it), so rotating
 * X-Forwarded-For buys nothing; each account has its own limit whatever the address; a sign-out
 * or a deactivation ends a copied session cookie at once.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as authPOST } from "@/app/api/auth/[...all]/route";
import { SIGN_IN_LIMIT } from "@/lib/auth/auth";
import { createShopUser } from "@/lib/auth/password";
import { shopUserFromHeaders } from "@/lib/auth/session";
import { config, SIGN_IN_ACCOUNT_WINDOW_SECONDS } from "@/lib/config/config";
import { setDbHandleForProcess, type DbHandle } from "@/lib/db/client";
import { shops } from "@/lib/db/schema";
import { PEER_HEADER } from "@/lib/http/client-address";
import { setMemberActive } from "@/lib/services/settings/members";
import { clearSignInAttempts, countSignInAttempt } from "@/lib/services/settings/sign-in-throttle";
import { onPostgres, openTestDb } from "./db-fixture";

const ORIGIN = "http://localhost:3000";
const PASSWORD = "correct-horse-1";
let h: DbHandle;
let peers = 0;
/** A fresh socket address for each test, so the per-client windows of the tests never meet. */
const freshPeer = () => `198.51.100.${++peers}`;

function post(path: string, body: unknown, opts: { peer: string | null; xff?: string; cookie?: string }) {
  const headers: Record<string, string> = { "content-type": "application/json", origin: ORIGIN };
  if (opts.peer) headers[PEER_HEADER] = opts.peer;
  if (opts.xff) headers["x-forwarded-for"] = opts.xff;
  if (opts.cookie) headers.cookie = opts.cookie;
  return authPOST(new Request(`${ORIGIN}/api/auth${path}`, { method: "POST", headers, body: JSON.stringify(body) }));
}
const signIn = (email: string, password: string, opts: { peer: string | null; xff?: string }) => post("/sign-in/email", { email, password }, opts);
const cookieOf = (res: Response) =>
  res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");

let seq = 0;
async function account(role: "operator" | "manager" = "operator") {
  const email = `u${Date.now()}${seq++}@limits.shop`;
  const userId = await createShopUser(h.db, { shopId: "limits", email, name: "u", password: PASSWORD, role });
  return { email, userId };
}

beforeAll(async () => {
  h = await openTestDb();
  setDbHandleForProcess(h);
  await h.db.insert(shops).values({ id: "limits", name: "限流店" });
});
afterAll(async () => {
  setDbHandleForProcess(undefined);
  await h?.close();
});

describe(`sign-in limits on ${onPostgres ? "PostgreSQL" : "PGlite"} (no trusted proxy)`, () => {
  it("200 wrong passwords with a different X-Forwarded-For each are throttled; the right password is then refused", async () => {
    expect(config().trustedProxyHops).toBe(0);
    const { email } = await account();
    const peer = freshPeer();
    const statuses: number[] = [];
    for (let i = 0; i < 200; i++) statuses.push((await signIn(email, `guess-${i}-wrong`, { peer, xff: `10.${i >> 8}.${i & 255}.9` })).status);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(SIGN_IN_LIMIT.max);
    expect(statuses.slice(SIGN_IN_LIMIT.max).every((s) => s === 429)).toBe(true);
    const right = await signIn(email, PASSWORD, { peer, xff: "192.0.2.200" });
    expect(right.status).toBe(429);
  }, 120_000);

  it("one client trying many accounts is throttled per client, rotating X-Forwarded-For or not; another client is not", async () => {
    const peer = freshPeer();
    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_LIMIT.max + 5; i++) statuses.push((await signIn(`nobody${i}@limits.shop`, "whatever-123", { peer, xff: `172.16.0.${i}` })).status);
    expect(statuses.slice(0, SIGN_IN_LIMIT.max)).not.toContain(429);
    expect(statuses.slice(SIGN_IN_LIMIT.max).every((s) => s === 429)).toBe(true);
    const { email } = await account();
    expect((await signIn(email, PASSWORD, { peer: freshPeer() })).status).toBe(200);
  }, 60_000);

  it("one account tried from many addresses is throttled per account (429 ACCOUNT_THROTTLED with Retry-After)", async () => {
    const { email } = await account();
    const max = config().signInAccountMax;
    const statuses: number[] = [];
    for (let i = 0; i < max + 3; i++) statuses.push((await signIn(email, `wrong-${i}-password`, { peer: freshPeer() })).status);
    expect(statuses.slice(0, max).every((s) => s === 401)).toBe(true);
    const refused = await signIn(email.toUpperCase(), PASSWORD, { peer: freshPeer() });
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { code: string }).code).toBe("ACCOUNT_THROTTLED");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(SIGN_IN_ACCOUNT_WINDOW_SECONDS);
  }, 60_000);

  it("the account window ends and a success starts the count afresh", async () => {
    const acct = `window${Date.now()}@limits.shop`;
    const t0 = Date.parse("2026-11-01T00:00:00Z");
    for (let i = 0; i < 3; i++) expect((await countSignInAttempt(h.db, acct, t0 + i, 3, 60)).allowed).toBe(true);
    expect(await countSignInAttempt(h.db, acct, t0 + 10, 3, 60)).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect((await countSignInAttempt(h.db, acct, t0 + 61_000, 3, 60)).allowed).toBe(true);
    await clearSignInAttempts(h.db, acct);
    for (let i = 0; i < 3; i++) expect((await countSignInAttempt(h.db, acct, t0 + 62_000 + i, 3, 60)).allowed).toBe(true);
  });

  it("an email the database could not store is refused 400 before anything else", async () => {
    const res = await signIn("a\u0000b@limits.shop", "whatever-123", { peer: freshPeer() });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { code: string }).code).toBe("VALIDATION");
  });
});

describe("a session ends at once", () => {
  it("a copied cookie stops working the moment its session signs out", async () => {
    const { email } = await account();
    const res = await signIn(email, PASSWORD, { peer: freshPeer() });
    expect(res.status).toBe(200);
    const cookie = cookieOf(res);
    expect((await shopUserFromHeaders(new Headers({ cookie })))?.email).toBe(email);
    const out = await post("/sign-out", {}, { peer: freshPeer(), cookie });
    expect(out.status).toBe(200);
    expect(await shopUserFromHeaders(new Headers({ cookie }))).toBeNull();
  });

  it("a deactivated member's copied cookie stops working at once", async () => {
    const { email, userId } = await account();
    const manager = await account("manager");
    const cookie = cookieOf(await signIn(email, PASSWORD, { peer: freshPeer() }));
    expect(await shopUserFromHeaders(new Headers({ cookie }))).not.toBeNull();
    const r = await setMemberActive({ userId: manager.userId, shopId: "limits", role: "manager" }, { userId, active: false }, h.db);
    expect(r.ok).toBe(true);
    expect(await shopUserFromHeaders(new Headers({ cookie }))).toBeNull();
  });
});
