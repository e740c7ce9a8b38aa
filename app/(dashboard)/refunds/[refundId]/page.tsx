import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { shanghaiTime } from "@/components/analytics/drill-table";
import { ActionPanel } from "@/components/refunds/action-panel";
import { queueLabels } from "@/components/refunds/queue-labels";
import { RowBadges } from "@/components/refunds/row-badges";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requireShopUser } from "@/lib/auth/guard";
import {
  ACTOR_LABELS,
  BUYER_REASON_SPECS,
  DEADLINE_OUTCOME_TEXT,
  deadlineOutcomeFor,
  EXEMPTION_BLOCKER_TEXT,
  FAST_REFUND_NOTICE,
  formatYuan,
  REFUND_STATUS_SPECS,
  REFUND_TYPE_LABELS,
  REJECT_REASON_LABELS,
  say,
  WINDOW_TEXT,
  type Locale,
} from "@/lib/rules";
import { refundView } from "@/lib/services/refunds/view";
import { getShop } from "@/lib/services/settings/shop";
import { refundAction } from "../actions";

export async function generateMetadata({ params }: { params: Promise<{ refundId: string }> }): Promise<Metadata> {
  return { title: `${(await getTranslations("request"))("title")} ${decodeURIComponent((await params).refundId)}` };
}

/** A return's address matters from the decision until the parcel is back. */
const RETURN_ADDRESS_SHOWN = new Set(["PENDING_REVIEW", "AWAITING_BUYER_RETURN", "AWAITING_RECEIPT"]);

function Facts({ rows }: { rows: [string, React.ReactNode][] }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-slate-600">{k}</dt>
          <dd className="min-w-0 break-words text-slate-900">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export default async function RequestPage({ params }: { params: Promise<{ refundId: string }> }) {
  await connection();
  const u = await requireShopUser();
  const t = await getTranslations("request");
  const locale = (await getLocale()) as Locale;
  const id = decodeURIComponent((await params).refundId);
  const now = Date.now();
  const [v, shop] = await Promise.all([refundView(u.shopId, id, now), getShop(u.shopId)]);
  if (!v) notFound();
  const { refund: r, order: o, product: p, buyer: b, badges } = v;
  const time = (d: Date | null | undefined) => (d ? shanghaiTime(d, locale) : "—");
  const outcome = deadlineOutcomeFor(r.status, r.type);
  const o2 = badges.outlook;
  return (
    <div className="space-y-4 pb-24 md:pb-4">
      <Link href="/refunds" className="text-sm text-brand-700 hover:underline">
        ← {t("back")}
      </Link>
      <header className="space-y-1">
        <h1 className="text-xl font-semibold text-slate-900">{p.title}</h1>
        <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
          <span>
            {r.id} · {r.orderId}
          </span>
          <Badge>{say(REFUND_STATUS_SPECS[r.status].label, locale)}</Badge>
          <span className="font-semibold tabular-nums text-slate-900">{formatYuan(r.amount)}</span>
          <span>
            {say(REFUND_TYPE_LABELS[r.type], locale)} · {say(BUYER_REASON_SPECS[r.reason].label, locale)}
          </span>
        </p>
        {r.deadlineAt ? (
          <p className="text-sm text-slate-700">
            {t("deadline", { at: time(r.deadlineAt) })}
            {outcome ? ` · ${say(DEADLINE_OUTCOME_TEXT[outcome], locale)}` : ""}
          </p>
        ) : null}
        <RowBadges badges={badges} risk={queueLabels(locale).risk} />
      </header>

      <Card className="sticky bottom-14 z-10 md:static">
        <ActionPanel
          refundId={r.id}
          version={r.version}
          actions={v.actions}
          rejectReasons={v.rejectReasons}
          minExplanation={v.minExplanation}
          offer={v.offer}
          outlook={o2}
          refundAction={refundAction}
        />
      </Card>

      {r.type === "RETURN_REFUND" && RETURN_ADDRESS_SHOWN.has(r.status) ? (
        <section aria-labelledby="return-to-h">
          <Card className="text-sm">
            <h2 id="return-to-h" className="mb-1 font-semibold">
              {r.status === "PENDING_REVIEW" ? t("returnToBefore") : t("returnTo")}
            </h2>
            {shop?.returnAddress ? (
              <p className="whitespace-pre-line text-slate-900">
                {shop.returnAddress}
                {shop.contact ? ` · ${shop.contact}` : ""}
              </p>
            ) : (
              <p className="text-amber-800">
                {t("noReturnAddress")}{" "}
                {u.role === "manager" ? (
                  <Link href="/settings" className="text-brand-700 underline">
                    {t("setReturnAddress")}
                  </Link>
                ) : null}
              </p>
            )}
          </Card>
        </section>
      ) : null}

      {r.fastRefund ? (
        <Card tone="info" className="text-sm">
          <p className="font-medium">{t("fastRefundTitle")}</p>
          <p>{FAST_REFUND_NOTICE}</p>
        </Card>
      ) : null}

      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <h2 className="mb-2 text-sm font-semibold">{t("buyerSays")}</h2>
          <Facts
            rows={[
              [t("reason"), say(BUYER_REASON_SPECS[r.reason].label, locale)],
              [t("description"), r.description ? <span className="whitespace-pre-wrap">{r.description}</span> : "—"],
              [t("createdAt"), time(r.createdAt)],
            ]}
          />
          {r.evidence.length > 0 ? (
            <ul className="mt-3 grid grid-cols-3 gap-2" aria-label={t("evidence")}>
              {r.evidence.map((src, i) => (
                <li key={src}>
                  <a href={src} target="_blank" rel="noopener noreferrer" className="block">
                    <img src={src} alt={t("evidenceN", { n: i + 1 })} className="aspect-square w-full rounded-md border border-slate-200 object-cover" loading="lazy" referrerPolicy="no-referrer" />
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
          {r.rejectReason ? (
            <div className="mt-3 rounded-md bg-slate-50 p-2 text-sm">
              <p className="font-medium">{t("yourRejection", { reason: say(REJECT_REASON_LABELS[r.rejectReason], locale) })}</p>
              <p className="whitespace-pre-wrap text-slate-700">{r.rejectExplanation}</p>
              {r.rejectEvidence.length > 0 ? (
                <ul className="mt-2 flex flex-wrap gap-2" aria-label={t("rejectEvidence")}>
                  {r.rejectEvidence.map((src, i) => (
                    <li key={src}>
                      <a href={src} target="_blank" rel="noopener noreferrer">
                        <img src={src} alt={t("evidenceN", { n: i + 1 })} className="size-20 rounded border border-slate-200 object-cover" loading="lazy" />
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
        </Card>

        <Card>
          <h2 className="mb-2 text-sm font-semibold">{t("orderFacts")}</h2>
          <Facts
            rows={[
              [t("paid"), `${formatYuan(o.paidAmount)} · ${time(o.paidAt)}`],
              [t("refundedOnOrder"), formatYuan(o.refundedAmount)],
              [t("buyer"), `${b?.nickname ?? o.buyerId}${b?.platformQualityUser ? ` · ${t("qualityUser")}` : ""} · ${t("history", badges.buyerHistory)}`],
              [t("shipped"), o.shippedAt ? `${time(o.shippedAt)} · ${o.carrier ?? ""} ${o.trackingNo ?? ""}` : t("notShipped")],
              [t("signed"), o.signedAt ? time(o.signedAt) : t("notSigned")],
              ...(v.interception ? [[t("interception"), `${time(v.interception.requestedAt)} · ${v.interception.outcome ?? t("interceptionPending")}`] as [string, string]] : []),
              ...(r.returnTrackingNo ? [[t("returnParcel"), `${r.returnCarrier ?? ""} ${r.returnTrackingNo}`] as [string, string]] : []),
            ]}
          />
        </Card>

        <Card>
          <h2 className="mb-2 text-sm font-semibold">{t("windows")}</h2>
          {v.windows.length === 0 ? (
            <p className="text-sm text-slate-600">{t("noWindows")}</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {v.windows.map((w) => (
                <li key={w.kind}>
                  {say(WINDOW_TEXT[w.kind], locale)}：{w.endsAt === null ? t("windowNotStarted") : t("windowEnds", { at: shanghaiTime(new Date(w.endsAt), locale) })}
                </li>
              ))}
            </ul>
          )}
        </Card>

        <Card>
          <h2 className="mb-2 text-sm font-semibold">{t("outlook")}</h2>
          {o2 ? (
            <div className="space-y-1 text-sm">
              <p>{o2.approveKeepsExemption ? t("outlookKeeps") : t("outlookNotExempt")}</p>
              {o2.approveBlockers.length > 0 ? (
                <ul className="list-disc pl-5 text-slate-700">
                  {o2.approveBlockers.map((x) => (
                    <li key={x}>{say(EXEMPTION_BLOCKER_TEXT[x], locale)}</li>
                  ))}
                </ul>
              ) : null}
              {o2.rejectionCounts ? (
                <p className="text-red-800">
                  {t("outlookReject", { delta: (o2.rejectionRateDeltaPoints ?? 0).toFixed(2), then: ((o2.cohortRateIfRejected ?? 0) * 100).toFixed(2) })}
                </p>
              ) : null}
            </div>
          ) : (
            <p className="text-sm text-slate-600">{t("outlookClosed")}</p>
          )}
        </Card>
      </div>

      <Card>
        <h2 className="mb-2 text-sm font-semibold">{t("buyerRequests")}</h2>
        {v.buyerRequests.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noOtherRequests")}</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {v.buyerRequests.map((x) => (
              <li key={x.id} className="flex flex-wrap gap-x-2">
                <Link href={`/refunds/${encodeURIComponent(x.id)}`} className="text-brand-700 hover:underline">
                  {x.id}
                </Link>
                <span className="text-slate-600">
                  {time(x.createdAt)} · {say(BUYER_REASON_SPECS[x.reason].label, locale)} · {formatYuan(x.amount)} · {say(REFUND_STATUS_SPECS[x.status].label, locale)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card>
        <h2 className="mb-2 text-sm font-semibold">{t("timeline")}</h2>
        <ol className="space-y-2 text-sm" data-testid="timeline">
          {v.timeline.map((e) => (
            <li key={e.id} className="border-l-2 border-slate-200 pl-3">
              <p className="text-xs text-slate-500">
                {time(e.at)} · {say(ACTOR_LABELS[e.actor], locale)}
              </p>
              <p>
                {e.fromStatus ? `${say(REFUND_STATUS_SPECS[e.fromStatus].label, locale)} → ` : ""}
                {say(REFUND_STATUS_SPECS[e.toStatus].label, locale)}
              </p>
              {e.note ? <p className="whitespace-pre-wrap text-slate-700">{e.note}</p> : null}
            </li>
          ))}
        </ol>
      </Card>
    </div>
  );
}
