/** The role check every settings service runs first (the actions check it too: a service never trusts its caller). */
import { hasRole } from "@/lib/auth/session";
import type { ShopRole } from "@/lib/db/schema";
import { fieldErrors } from "@/lib/validation/common";
import type { z } from "zod";
import { fail, type ServiceResult } from "@/lib/view/result";

export interface Actor {
  shopId: string;
  userId: string;
  role: ShopRole;
}

export function forbiddenUnlessManager(a: Actor): ServiceResult<never> | null {
  return hasRole(a, "manager") ? null : fail({ code: "FORBIDDEN" });
}

/** Parse with a settings schema: the data, or a VALIDATION failure with field codes. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): { ok: true; data: z.output<S> } | { ok: false; failure: ServiceResult<never> } {
  const r = schema.safeParse(raw);
  if (r.success) return { ok: true, data: r.data };
  const fields = fieldErrors(r.error as z.ZodError);
  // Nested fields (conditions.maxAmount) are flattened by their top key; keep the leaf's name too.
  for (const issue of (r.error as z.ZodError).issues) {
    const key = issue.path.map(String).join(".");
    if (issue.path.length > 1) fields[key] = [...(fields[key] ?? []), issue.message];
  }
  return { ok: false, failure: fail({ code: "VALIDATION", fields }) };
}
