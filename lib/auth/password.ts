/** Creating users outside the HTTP flow (demo seed, admin CLI) with better-auth's own hashing. */
import { hashPassword } from "better-auth/crypto";
import { randomUUID } from "node:crypto";
import type { Db, Tx } from "@/lib/db/client";
import { account, shopMembers, user, type ShopRole } from "@/lib/db/schema";

export async function createShopUser(db: Db | Tx, input: { shopId: string; email: string; name: string; password: string; role: ShopRole }): Promise<string> {
  const userId = randomUUID();
  const hash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    await tx.insert(user).values({ id: userId, email: input.email.toLowerCase(), name: input.name, emailVerified: true });
    await tx.insert(account).values({ id: randomUUID(), accountId: userId, providerId: "credential", userId, password: hash });
    await tx.insert(shopMembers).values({ shopId: input.shopId, userId, role: input.role });
  });
  return userId;
}
