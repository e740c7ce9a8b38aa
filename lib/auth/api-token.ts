/** Merchant API auth (API.md §3): `Authorization: Bearer <token>` → the token's user, shop and role. */
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { config } from "@/lib/config/config";
import { getDb } from "@/lib/db/client";
import type { ShopRole } from "@/lib/db/schema";
import { recordAudit } from "@/lib/db/audit-log";
import type { ShopUser } from "./session";

let maxOverride: number | undefined;

/**
 * Per token, fixed one-minute windows counted in the database (shared by every instance). `max` is
 * API_RATE_LIMIT_MAX from the configuration, read when first needed (never at import); a test may set it.
 */
export const API_RATE_LIMIT = {
  windowSeconds: 60,
  get max(): number {
    return maxOverride ?? config().apiRateLimitMax;
  },
  set max(value: number) {
    maxOverride = value;
  },
};

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type BearerAuth = { ok: true; user: ShopUser } | { ok: false; code: "UNAUTHORIZED" } | { ok: false; code: "RATE_LIMITED"; retryAfterSeconds: number };

export async function shopUserFromBearer(authorization: string | null, now = Date.now()): Promise<BearerAuth> {
  const m = /^Bearer\s+([A-Za-z0-9_-]{10,200})$/.exec(authorization?.trim() ?? "");
  if (!m) return { ok: false, code: "UNAUTHORIZED" };
  const db = await getDb();
  // One statement finds the token of an active member and counts the call in its window (SET sees
  // the old row on every branch); an unknown, revoked or deactivated token matches nothing.
  const at = new Date(now).toISOString();
  const res = await db.execute(sql`
    with t as (
      update api_tokens t set
        window_count = case when t.window_start > ${at}::timestamptz - make_interval(secs => ${API_RATE_LIMIT.windowSeconds}) then t.window_count + 1 else 1 end,
        window_start = case when t.window_start > ${at}::timestamptz - make_interval(secs => ${API_RATE_LIMIT.windowSeconds}) then t.window_start else ${at}::timestamptz end,
        last_used_at = ${at}::timestamptz
      from shop_members m, "user" u, shops s
      where t.token_hash = ${hashApiToken(m[1]!)} and t.revoked_at is null
        and m.user_id = t.user_id and m.shop_id = t.shop_id and m.active
        and u.id = t.user_id and s.id = t.shop_id
      returning t.id as token_id, t.name as token_name, t.window_count as count, t.window_start as start, u.id as user_id, u.email, u.name, m.shop_id, m.role, s.name as shop_name
    )
    select * from t`);
  const hit = (res as unknown as { rows: { token_id: string; token_name: string; count: number; start: string | Date; user_id: string; email: string; name: string; shop_id: string; role: ShopRole; shop_name: string }[] }).rows[0];
  if (!hit) return { ok: false, code: "UNAUTHORIZED" };
  const counted = { count: Number(hit.count), start: new Date(hit.start) };
  // The audit log records a token's use once per rate window (issue 8; docs/decisions.md), not every call.
  if (counted.count === 1) await recordAudit(db, { shopId: hit.shop_id, userId: hit.user_id, kind: "token-use", detail: { tokenId: hit.token_id, name: hit.token_name } }, now);
  if (counted.count > API_RATE_LIMIT.max) {
    const resetAt = counted.start.getTime() + API_RATE_LIMIT.windowSeconds * 1000;
    return { ok: false, code: "RATE_LIMITED", retryAfterSeconds: Math.max(1, Math.ceil((resetAt - now) / 1000)) };
  }
  return { ok: true, user: { userId: hit.user_id, email: hit.email, name: hit.name, shopId: hit.shop_id, shopName: hit.shop_name, role: hit.role } };
}
