"use server";
/**
 * The managers' settings writes (issue 8): each wrapped by shopAction("manager") — an operator
 * is answered FORBIDDEN before anything runs — and each service checks the role again.
 */
import { getLocale } from "next-intl/server";
import { shopAction, type ActionResult } from "@/lib/auth/guard";
import { apiCode, errorMessage } from "@/lib/http/errors";
import type { Locale } from "@/lib/rules";
import { createToken, revokeToken } from "@/lib/services/settings/api-tokens";
import { createRule, deleteRule, moveRule, setRuleEnabled, updateRule } from "@/lib/services/settings/auto-approval-rules";
import { removeExemptCategory, upsertExemptCategory } from "@/lib/services/settings/exemption-list";
import { changeMemberRole, createMember, setMemberActive } from "@/lib/services/settings/members";
import { type ServiceResult } from "@/lib/view/result";
import { updateShopSettings } from "@/lib/services/settings/shop-settings";

type Failure = Extract<ActionResult<never>, { ok: false }>;

async function answer<T>(r: ServiceResult<T>): Promise<ActionResult<T>> {
  if (r.ok) return r;
  const code = apiCode(r.error.code) as Failure["error"]["code"];
  // Field errors are codes (lib/validation/settings FIELD_ERRORS) the forms word next to each field.
  const message = errorMessage(r.error.fields ? { code: r.error.code } : r.error, (await getLocale()) as Locale);
  return { ok: false, error: { code, message, ...(r.error.fields ? { fields: r.error.fields } : {}) } };
}

export const saveShopSettings = shopAction("manager", async (u, input: unknown) => answer(await updateShopSettings(u, input)));

export const saveRule = shopAction("manager", async (u, id: unknown, input: unknown) => answer(id === null ? await createRule(u, input) : await updateRule(u, id, input)));
export const toggleRule = shopAction("manager", async (u, id: unknown, enabled: unknown) => answer(await setRuleEnabled(u, id, enabled)));
export const reorderRule = shopAction("manager", async (u, input: unknown) => answer(await moveRule(u, input)));
export const removeRule = shopAction("manager", async (u, id: unknown) => answer(await deleteRule(u, id)));

export const saveExemptCategory = shopAction("manager", async (u, input: unknown) => answer(await upsertExemptCategory(u, input)));
export const dropExemptCategory = shopAction("manager", async (u, input: unknown) => answer(await removeExemptCategory(u, input)));

export const addMember = shopAction("manager", async (u, input: unknown) => answer(await createMember(u, input)));
export const setMemberRole = shopAction("manager", async (u, input: unknown) => answer(await changeMemberRole(u, input)));
export const setMemberStatus = shopAction("manager", async (u, input: unknown) => answer(await setMemberActive(u, input)));

export const addToken = shopAction("manager", async (u, input: unknown) => answer(await createToken(u, input)));
export const dropToken = shopAction("manager", async (u, id: unknown) => answer(await revokeToken(u, id)));
