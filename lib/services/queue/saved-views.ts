/**
 * Saved views of the queue (issue 19): an operator keeps the queue's filter set under a name,
 * private or shared with the shop. Everyone sees their own and the shared ones; the owner removes
 * a view, and a manager may also remove a shared one. Also the categories the queue filters by
 * name (those the shop sells).
 */
import { randomUUID } from "node:crypto";
import { and, asc, eq, or, sql } from "drizzle-orm";
import type { z } from "zod";
import { getDb, type Db } from "@/lib/db/client";
import { categories, products, savedViews, user } from "@/lib/db/schema";
import { hasRole } from "@/lib/auth/session";
import type { savedViewRefSchema, savedViewSchema } from "@/lib/validation/saved-views";
import type { CategoryOption, SavedViewItem } from "@/lib/view/saved-views";
import { fail, type ServiceResult } from "@/lib/view/result";
import { Rollback } from "@/lib/services/rollback";
import { inTransaction } from "@/lib/services/transaction";
import type { Actor } from "@/lib/services/settings/require-manager";
import { readCache, sharedRead } from "./read-cache";

const viewsCache = readCache();

/** The user's own views and the shop's shared ones, by name; shared for 5 s like the queue page and dropped on this process's writes. */
export function listSavedViews(a: { shopId: string; userId: string }, db?: Db): Promise<SavedViewItem[]> {
  return sharedRead(viewsCache, `${a.shopId}\u0000${a.userId}`, 5_000, () => readSavedViews(a, db));
}

async function readSavedViews(a: { shopId: string; userId: string }, db?: Db): Promise<SavedViewItem[]> {
  const d = db ?? (await getDb());
  const rows = await d
    .select({ id: savedViews.id, name: savedViews.name, query: savedViews.query, shared: savedViews.shared, ownerId: savedViews.ownerId, ownerName: user.name })
    .from(savedViews)
    .leftJoin(user, eq(user.id, savedViews.ownerId))
    .where(and(eq(savedViews.shopId, a.shopId), or(eq(savedViews.ownerId, a.userId), eq(savedViews.shared, true))))
    .orderBy(asc(savedViews.name), asc(savedViews.id));
  return rows.map((r) => ({ id: r.id, name: r.name, query: r.query, shared: r.shared, mine: r.ownerId === a.userId, ownerName: r.ownerId === a.userId ? null : r.ownerName }));
}

const isUniqueViolation = (e: unknown) => (e as { code?: string; cause?: { code?: string } })?.code === "23505" || (e as { cause?: { code?: string } })?.cause?.code === "23505";

export async function saveView(a: Actor, input: z.output<typeof savedViewSchema>, db?: Db): Promise<ServiceResult<{ id: string; query: string }>> {
  const id = randomUUID();
  try {
    return await inTransaction(async (tx) => {
      await tx.insert(savedViews).values({ shopId: a.shopId, id, ownerId: a.userId, name: input.name, query: input.query, shared: input.shared });
      return { id, query: input.query };
    }, db);
  } catch (e) {
    if (isUniqueViolation(e)) return fail({ code: "VALIDATION", fields: { name: ["NAME_TAKEN"] } });
    throw e;
  }
}

export async function deleteView(a: Actor, ref: z.output<typeof savedViewRefSchema>, db?: Db): Promise<ServiceResult<{ id: string }>> {
  const mayRemove = hasRole(a, "manager") ? or(eq(savedViews.ownerId, a.userId), eq(savedViews.shared, true)) : eq(savedViews.ownerId, a.userId);
  return inTransaction(async (tx) => {
    const [r] = await tx.delete(savedViews).where(and(eq(savedViews.shopId, a.shopId), eq(savedViews.id, ref.id), mayRemove)).returning({ id: savedViews.id });
    if (!r) throw new Rollback({ code: "NOT_FOUND" });
    return { id: r.id };
  }, db);
}

const categoryCache = readCache();

/** The categories the shop sells, by name (the catalogue's, else the feed's), shared for a minute. */
export function queueCategoryOptions(shopId: string, db?: Db): Promise<CategoryOption[]> {
  return sharedRead(categoryCache, shopId, 60_000, async () => {
    const d = db ?? (await getDb());
    const rows = await d
      .selectDistinct({ code: products.categoryCode, name: sql<string>`coalesce(${categories.name}, ${products.categoryName}, ${products.categoryCode}::text)` })
      .from(products)
      .leftJoin(categories, and(eq(categories.shopId, products.shopId), eq(categories.code, products.categoryCode)))
      .where(eq(products.shopId, shopId));
    const byCode = new Map<number, string>();
    for (const r of rows) if (!byCode.has(r.code)) byCode.set(r.code, r.name);
    return [...byCode].map(([code, name]) => ({ code, name })).sort((x, y) => x.name.localeCompare(y.name, "zh-CN") || x.code - y.code);
  });
}
