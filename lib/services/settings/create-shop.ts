/** Shop creation for the admin CLI (API.md §4). */
import { randomBytes, randomUUID } from "node:crypto";
import { hashApiToken } from "@/lib/auth/api-token";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { createShopUser } from "@/lib/auth/password";
import type { Db } from "@/lib/db/client";
import { apiTokens, shops, user } from "@/lib/db/schema";
import { writeStartingCatalog } from "./starting-catalog";

const input = z.object({
  name: z.string().trim().min(1, "--name is required").max(100),
  managerEmail: z.email("--manager must be an email"),
  password: z.string().min(8, "--password needs at least 8 characters").max(128),
});

export function newApiToken(): string {
  return `asd_${randomBytes(24).toString("base64url")}`;
}

export async function createShop(db: Db, raw: { name: string; managerEmail: string; password: string }) {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { ok: false as const, message: parsed.error.issues.map((i) => i.message).join("; ") };
  const { name, managerEmail, password } = parsed.data;
  const [existing] = await db.select({ id: user.id }).from(user).where(eq(user.email, managerEmail.toLowerCase())).limit(1);
  if (existing) return { ok: false as const, message: `a user with email ${managerEmail} already exists` };
  const shopId = `shop_${randomUUID().slice(0, 8)}`;
  await db.insert(shops).values({ id: shopId, name });
  await writeStartingCatalog(db, shopId);
  const userId = await createShopUser(db, { shopId, email: managerEmail, name: managerEmail.split("@")[0] ?? managerEmail, password, role: "manager" });
  const apiToken = newApiToken();
  await db.insert(apiTokens).values({ id: randomUUID(), shopId, userId, name: "admin CLI", tokenHash: hashApiToken(apiToken) });
  return { ok: true as const, data: { shopId, userId, apiToken } };
}
