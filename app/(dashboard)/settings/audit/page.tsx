import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { auditSummary } from "@/components/settings/audit-summary";
import { EmptyNote } from "@/components/settings/section-intro";
import { buttonVariants } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table";
import { requireShopUser } from "@/lib/auth/guard";
import { formatInstantSeconds } from "@/lib/i18n/format";
import { getRuleWords } from "@/lib/i18n/server-words";
import { MERCHANT_ACTIONS, REFUND_STATUSES, type MerchantAction, type RefundStatus } from "@/lib/rules";
import { listAudit } from "@/lib/services/audit";
import { listMembers } from "@/lib/services/settings/members";
import { auditFilterSchema } from "@/lib/validation/settings";
import { AUDIT_KINDS } from "@/lib/view/audit";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.nav"))("audit") };
}

const control = "rounded-md border border-slate-300 px-2 py-2 text-sm";

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const u = await requireShopUser("manager");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const filter = auditFilterSchema.parse(raw);
  const [page, members, t, tRoles, w] = await Promise.all([
    listAudit(u.shopId, filter),
    listMembers(u.shopId),
    getTranslations("settings.audit"),
    getTranslations("roles"),
    getRuleWords(),
  ]);
  const names = new Map(members.map((m) => [m.userId, m.name]));
  const words = {
    nameOf: (id: unknown) => (typeof id === "string" ? (names.get(id) ?? id.slice(0, 8)) : "—"),
    roleOf: (role: unknown) => (role === "manager" || role === "operator" ? tRoles(role) : String(role ?? "—")),
    actionOf: (action: unknown) => ((MERCHANT_ACTIONS as readonly unknown[]).includes(action) ? w.action(action as MerchantAction) : String(action)),
    statusOf: (s: unknown) => ((REFUND_STATUSES as readonly unknown[]).includes(s) ? w.status(s as RefundStatus) : String(s ?? "—")),
    list: w.list,
  };
  const detail = (key: string, values?: Record<string, string | number>) => t(`detail.${key}` as never, values as never);
  const query = (extra: Record<string, string | number | undefined>) => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries({ kind: filter.kind, user: filter.user, from: filter.from, to: filter.to, ...extra })) if (v !== undefined && v !== "") p.set(k, String(v));
    const s = p.toString();
    return s ? `?${s}` : "";
  };
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <form method="get" className="flex flex-wrap items-end gap-2" aria-label={t("filters")}>
        <label className="flex flex-col gap-1 text-sm">
          {t("kind")}
          <select name="kind" defaultValue={filter.kind ?? ""} className={control}>
            <option value="">{t("allKinds")}</option>
            {AUDIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("who")}
          <select name="user" defaultValue={filter.user ?? ""} className={control}>
            <option value="">{t("everyone")}</option>
            {members.map((m) => (
              <option key={m.userId} value={m.userId}>
                {m.name} · {m.email}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("from")}
          <input type="date" name="from" defaultValue={filter.from ?? ""} className={control} />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {t("to")}
          <input type="date" name="to" defaultValue={filter.to ?? ""} className={control} />
        </label>
        <button type="submit" className={buttonVariants({ variant: "secondary" })}>
          {t("apply")}
        </button>
        <Link href="/settings/audit" className={buttonVariants({ variant: "ghost" })}>
          {t("reset")}
        </Link>
      </form>
      {page.rows.length === 0 ? (
        <EmptyNote>{filter.before ? t("noMore") : t("empty")}</EmptyNote>
      ) : (
        <DataTable label={t("title")} columns={[{ label: t("when") }, { label: t("who") }, { label: t("kind") }, { label: t("what") }]}>
          {page.rows.map((r) => (
            <tr key={r.id} className="border-t border-slate-100 align-top" data-testid="audit-row">
              <td className="px-3 py-2 whitespace-nowrap tabular-nums">
                <time dateTime={r.at.toISOString()}>{formatInstantSeconds(r.at)}</time>
              </td>
              <td className="px-3 py-2">{r.userName ?? (r.kind === "refund-action" ? t("byRule") : t("nobody"))}</td>
              <td className="px-3 py-2 whitespace-nowrap">{t(`kinds.${r.kind}`)}</td>
              <td className="px-3 py-2 break-words text-slate-700">{auditSummary(r.kind, r.detail, detail, words)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <nav aria-label={t("pages")} className="flex gap-2">
        {filter.before ? (
          <Link href={`/settings/audit${query({})}`} className={buttonVariants({ variant: "secondary", size: "sm" })}>
            {t("newest")}
          </Link>
        ) : null}
        {page.next ? (
          <Link href={`/settings/audit${query({ before: page.next })}`} className={buttonVariants({ variant: "secondary", size: "sm" })}>
            {t("older")}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
