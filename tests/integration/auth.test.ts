import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuth, SIGN_IN_LIMIT, type Auth } from "@/lib/auth/auth";
import { createShopUser } from "@/lib/auth/password";
import { hasRole } from "@/lib/auth/session";
import { shops } from "@/lib/db/schema";
import type { DbHandle } from "@/lib/db/client";
import { openTestDb } from "./db-fixture";

let h: DbHandle;
let auth: Auth;
const ORIGIN = "http://localhost:3000";

function signIn(email: string, password: string, ip: string) {
  return auth.handler(
    new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": ip },
      body: JSON.stringify({ email, password }),
    }),
  );
}

beforeAll(async () => {
  h = await openTestDb();
  auth = createAuth(h.db);
  await h.db.insert(shops).values({ id: "s1", name: "测试店" });
  await createShopUser(h.db, { shopId: "s1", email: "op@test.shop", name: "op", password: "correct-horse-1", role: "operator" });
});
afterAll(async () => h?.close());

describe("sign-in (better-auth on our database)", () => {
  it("accepts the right password and refuses a wrong one without echoing it", async () => {
    expect((await signIn("op@test.shop", "correct-horse-1", "10.0.0.1")).status).toBe(200);
    const bad = await signIn("op@test.shop", "wrong-password-xyz", "10.0.0.1");
    expect(bad.status).toBe(401);
    expect(await bad.text()).not.toContain("wrong-password-xyz");
  });

  it("rate-limits repeated sign-ins from one client, and not other clients", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < SIGN_IN_LIMIT.max + 2; i++) statuses.push((await signIn("op@test.shop", `guess-${i}-xxxxxx`, "10.9.9.9")).status);
    expect(statuses).toContain(429);
    expect(statuses.slice(0, SIGN_IN_LIMIT.max - 2).every((s) => s === 401)).toBe(true);
    expect((await signIn("op@test.shop", "correct-horse-1", "10.1.1.1")).status).toBe(200);
  });

  it("a manager can do all an operator can, not the reverse", () => {
    expect(hasRole({ role: "manager" }, "operator")).toBe(true);
    expect(hasRole({ role: "operator" }, "manager")).toBe(false);
  });
});
