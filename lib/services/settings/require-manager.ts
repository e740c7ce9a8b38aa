/** The role check every settings service runs first (the actions check it too: a service never trusts its caller for authorization). */
import { hasRole } from "@/lib/auth/session";
import type { ShopRole } from "@/lib/db/schema";
import { fail, type ServiceResult } from "@/lib/view/result";

export interface Actor {
  shopId: string;
  userId: string;
  role: ShopRole;
}

export function forbiddenUnlessManager(a: Actor): ServiceResult<never> | null {
  return hasRole(a, "manager") ? null : fail({ code: "FORBIDDEN" });
}
