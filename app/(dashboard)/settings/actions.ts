"use server";
/**
 * The managers' settings writes (issue 8): each wrapped by shopAction("manager") with its schema —
 * an operator is answered FORBIDDEN before anything runs, bad input VALIDATION with field codes —
 * and each service checks the role again.
 */
import { actionAnswer, shopAction } from "@/lib/auth/guard";
import { createToken, revokeToken } from "@/lib/services/settings/api-tokens";
import { createRule, deleteRule, moveRule, setRuleEnabled, updateRule } from "@/lib/services/settings/auto-approval-rules";
import { removeExemptCategory, upsertExemptCategory } from "@/lib/services/settings/exemption-list";
import { changeMemberRole, createMember, setMemberActive } from "@/lib/services/settings/members";
import { updateShopSettings } from "@/lib/services/settings/shop-settings";
import {
  exemptRemoveSchema,
  exemptUpsertSchema,
  memberActiveSchema,
  memberCreateSchema,
  memberRoleSchema,
  ruleMoveSchema,
  ruleRefSchema,
  ruleSaveSchema,
  ruleToggleSchema,
  shopSettingsSchema,
  tokenCreateSchema,
  tokenRefSchema,
} from "@/lib/validation/settings";

export const saveShopSettings = shopAction("manager", shopSettingsSchema, async (u, input) => actionAnswer(await updateShopSettings(u, input)));

export const saveRule = shopAction("manager", ruleSaveSchema, async (u, { id, rule }) => actionAnswer(id === null ? await createRule(u, rule) : await updateRule(u, id, rule)));
export const toggleRule = shopAction("manager", ruleToggleSchema, async (u, input) => actionAnswer(await setRuleEnabled(u, input)));
export const reorderRule = shopAction("manager", ruleMoveSchema, async (u, input) => actionAnswer(await moveRule(u, input)));
export const removeRule = shopAction("manager", ruleRefSchema, async (u, input) => actionAnswer(await deleteRule(u, input)));

export const saveExemptCategory = shopAction("manager", exemptUpsertSchema, async (u, input) => actionAnswer(await upsertExemptCategory(u, input)));
export const dropExemptCategory = shopAction("manager", exemptRemoveSchema, async (u, input) => actionAnswer(await removeExemptCategory(u, input)));

export const addMember = shopAction("manager", memberCreateSchema, async (u, input) => actionAnswer(await createMember(u, input)));
export const setMemberRole = shopAction("manager", memberRoleSchema, async (u, input) => actionAnswer(await changeMemberRole(u, input)));
export const setMemberStatus = shopAction("manager", memberActiveSchema, async (u, input) => actionAnswer(await setMemberActive(u, input)));

export const addToken = shopAction("manager", tokenCreateSchema, async (u, input) => actionAnswer(await createToken(u, input)));
export const dropToken = shopAction("manager", tokenRefSchema, async (u, input) => actionAnswer(await revokeToken(u, input)));
