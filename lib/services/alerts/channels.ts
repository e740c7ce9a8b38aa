/**
 * A shop's group robots and its high-value amount (issue 19), changed by a manager. The robot URL
 * must be a 企业微信 or 钉钉 robot (https, the official host of its kind) or a host the operator
 * allowed (ALERT_WEBHOOK_HOSTS); URL and secret are stored sealed and only hints are shown back.
 */
import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { z } from "zod";
import { config } from "@/lib/config/config";
import { recordAudit } from "@/lib/db/audit-log";
import { getDb, type Db } from "@/lib/db/client";
import { alertChannels, shops } from "@/lib/db/schema";
import { highValueThreshold, isLocale, type AlertChannelKind, type Fen } from "@/lib/rules";
import type { alertChannelRefSchema, alertChannelSchema, highValueSchema } from "@/lib/validation/alerts";
import type { AlertChannelView } from "@/lib/view/alerts";
import { fail, type ServiceResult } from "@/lib/view/result";
import { Rollback } from "@/lib/services/rollback";
import { forbiddenUnlessManager, type Actor } from "@/lib/services/settings/require-manager";
import { inTransaction } from "@/lib/services/transaction";
import { open, seal, secretHint, urlHint } from "./secret-box";

/** The official robot host of each kind. */
export const ROBOT_HOSTS: Record<AlertChannelKind, string> = { wecom: "qyapi.weixin.qq.com", dingtalk: "oapi.dingtalk.com" };

/** Whether `raw` is a webhook URL this shop may use for a robot of `kind`. */
export function webhookUrlAllowed(kind: AlertChannelKind, raw: string, extraHosts: readonly string[] = config().alertWebhookHosts): boolean {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return false;
  }
  if (u.username || u.password) return false;
  const extra = extraHosts.includes(u.host) || extraHosts.includes(u.hostname);
  if (extra) return u.protocol === "https:" || u.protocol === "http:";
  return u.protocol === "https:" && u.host === ROBOT_HOSTS[kind];
}

const fieldFail = (field: string, code: string) => fail({ code: "VALIDATION", fields: { [field]: [code] } });

export async function listAlertChannels(shopId: string, db?: Db): Promise<AlertChannelView[]> {
  const d = db ?? (await getDb());
  const rows = await d.select().from(alertChannels).where(eq(alertChannels.shopId, shopId)).orderBy(asc(alertChannels.createdAt), asc(alertChannels.id));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    name: r.name,
    urlHint: r.urlHint,
    secretHint: r.secretHint,
    locale: isLocale(r.locale) ? r.locale : "zh-CN",
    enabled: r.enabled,
    readable: open(r.urlCipher) !== null,
  }));
}

/** Creates (id null) or changes a robot. An empty URL or secret keeps the stored one. */
export async function saveAlertChannel(a: Actor, input: z.output<typeof alertChannelSchema>, db?: Db): Promise<ServiceResult<{ id: string }>> {
  const denied = forbiddenUnlessManager(a);
  if (denied) return denied;
  if (input.id === null && input.url === "") return fieldFail("url", "REQUIRED");
  if (input.url !== "" && !webhookUrlAllowed(input.kind, input.url)) return fieldFail("url", "INVALID_WEBHOOK_URL");
  const secret = input.kind === "dingtalk" && input.secret !== "" ? input.secret : null;
  return inTransaction(async (tx) => {
    const id = input.id ?? randomUUID();
    const [before] = input.id ? await tx.select().from(alertChannels).where(and(eq(alertChannels.shopId, a.shopId), eq(alertChannels.id, input.id))).for("update") : [];
    if (input.id && !before) throw new Rollback({ code: "NOT_FOUND" });
    if (before && before.kind !== input.kind && input.url === "") throw new Rollback({ code: "VALIDATION", fields: { url: ["REQUIRED"] } });
    const url = input.url !== "" ? { urlCipher: seal(input.url), urlHint: urlHint(input.url) } : {};
    const keepSecret = input.kind === "dingtalk" && !input.clearSecret;
    const sec = secret ? { secretCipher: seal(secret), secretHint: secretHint(secret) } : keepSecret ? {} : { secretCipher: null, secretHint: null };
    const values = { name: input.name, kind: input.kind, locale: input.locale, enabled: input.enabled, updatedAt: new Date(), ...url, ...sec };
    if (before) await tx.update(alertChannels).set(values).where(and(eq(alertChannels.shopId, a.shopId), eq(alertChannels.id, id)));
    else await tx.insert(alertChannels).values({ shopId: a.shopId, id, urlCipher: url.urlCipher!, urlHint: url.urlHint!, ...values });
    await recordAudit(tx, {
      shopId: a.shopId,
      userId: a.userId,
      kind: "alert-channel",
      detail: { op: before ? "update" : "create", name: input.name, channelKind: input.kind, enabled: input.enabled, urlChanged: input.url !== "", secretChanged: secret !== null || (before?.secretCipher != null && !keepSecret) },
    });
    return { id };
  }, db);
}

export async function deleteAlertChannel(a: Actor, ref: z.output<typeof alertChannelRefSchema>, db?: Db): Promise<ServiceResult<{ id: string }>> {
  const denied = forbiddenUnlessManager(a);
  if (denied) return denied;
  return inTransaction(async (tx) => {
    const [r] = await tx.delete(alertChannels).where(and(eq(alertChannels.shopId, a.shopId), eq(alertChannels.id, ref.id))).returning({ name: alertChannels.name, kind: alertChannels.kind });
    if (!r) throw new Rollback({ code: "NOT_FOUND" });
    await recordAudit(tx, { shopId: a.shopId, userId: a.userId, kind: "alert-channel", detail: { op: "delete", name: r.name, channelKind: r.kind } });
    return { id: ref.id };
  }, db);
}

/** The shop's high-value amount (fen) and whether it is the policy's default. */
export async function highValueOf(shopId: string, db?: Db): Promise<{ amount: Fen; custom: boolean }> {
  const d = db ?? (await getDb());
  const [s] = await d.select({ v: shops.alertHighValueFen }).from(shops).where(eq(shops.id, shopId)).limit(1);
  return { amount: highValueThreshold(s?.v ?? null), custom: s?.v != null };
}

export async function setHighValue(a: Actor, input: z.output<typeof highValueSchema>, db?: Db): Promise<ServiceResult<{ amount: Fen }>> {
  const denied = forbiddenUnlessManager(a);
  if (denied) return denied;
  return inTransaction(async (tx) => {
    const [before] = await tx.select({ v: shops.alertHighValueFen }).from(shops).where(eq(shops.id, a.shopId)).for("update");
    if (!before) throw new Rollback({ code: "NOT_FOUND" });
    if (before.v !== input.amount) {
      await tx.update(shops).set({ alertHighValueFen: input.amount }).where(eq(shops.id, a.shopId));
      await recordAudit(tx, { shopId: a.shopId, userId: a.userId, kind: "settings", detail: { alertHighValueFen: { from: before.v, to: input.amount } } });
    }
    return { amount: highValueThreshold(input.amount) };
  }, db);
}
