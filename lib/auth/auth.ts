/**
 * better-auth: email + password, sessions in the database, database-backed rate limits on the
 * sign-in endpoint. Shops and roles live in our own shop_members table (docs/decisions.md).
 */
import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { config } from "@/lib/config/config";
import { port, publicUrl, secrets } from "@/lib/config/server-config";
import { getDb, type Db } from "@/lib/db/client";
import * as schema from "@/lib/db/schema";

/** Failed or not, sign-in attempts per client and window (seconds); `max` is SIGN_IN_RATE_LIMIT_MAX, read when first needed. */
export const SIGN_IN_LIMIT = {
  window: 60,
  get max(): number {
    return config().signInRateLimitMax;
  },
};

export function createAuth(db: Db) {
  return betterAuth({
    appName: "售后工作台",
    baseURL: publicUrl(),
    secret: secrets().authSecret,
    trustedOrigins: [publicUrl(), `http://localhost:${port()}`, `http://127.0.0.1:${port()}`],
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: { user: schema.user, session: schema.session, account: schema.account, verification: schema.verification, rateLimit: schema.rateLimit },
    }),
    emailAndPassword: { enabled: true, minPasswordLength: 8, disableSignUp: true, autoSignIn: false },
    // The signed cookie cache spares better-auth's session and user reads on each request; the
    // session's revocation is still checked on every request (issue 16): shopUserFromHeaders reads
    // the membership joined to the session row, which sign-out and deactivation delete, so a copied
    // cookie stops at once (docs/decisions.md: the cost, compared with no cache).
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24, cookieCache: { enabled: true, maxAge: 60 } },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 300,
      customRules: { "/sign-in/email": SIGN_IN_LIMIT },
    },
    advanced: { database: { generateId: () => crypto.randomUUID() } },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const g = globalThis as unknown as { __aftersalesAuth?: Promise<Auth> };

export function getAuth(): Promise<Auth> {
  if (!g.__aftersalesAuth) g.__aftersalesAuth = getDb().then(createAuth);
  return g.__aftersalesAuth;
}
