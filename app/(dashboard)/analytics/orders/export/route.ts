/** CSV of a drill-down: the same orders as the screen, every page of them, in the user's language. */
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { shopUserFromHeaders } from "@/lib/auth/session";
import { csvRow, CSV_BOM } from "@/lib/http/csv";
import { logger } from "@/lib/log/logger";
import { requestIdFrom } from "@/lib/log/request-id";
import { BUYER_REASON_SPECS, EXEMPTION_BLOCKER_TEXT, QUALITY_PLACE_TEXT, qualityPlace, say, type Locale } from "@/lib/rules";
import { drillAll } from "@/lib/services/quality/analytics";
import { parseDrill, parseRange } from "@/lib/validation/analytics";

const HEAD: Record<Locale, string[]> = {
  "zh-CN": ["订单号", "支付日", "支付时间(北京时间)", "实付(元)", "商品", "类目代码", "首次售后原因", "计入分母", "计入分子", "免考核", "计入品退", "在公式中的位置", "未免考核原因"],
  en: ["Order", "Cohort day", "Paid at (Asia/Shanghai)", "Paid (yuan)", "Product", "Category code", "First reason", "In denominator", "In numerator", "Exempt", "Counted", "Place in the formula", "Why not exempt"],
};

export async function GET(req: Request): Promise<Response> {
  const h = await headers();
  const user = await shopUserFromHeaders(h);
  const locale = (await getLocale()) as Locale;
  if (!user) return Response.json({ error: { code: "UNAUTHORIZED", message: locale === "en" ? "Sign in first" : "请先登录" } }, { status: 401 });
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const drill = parseDrill(params, parseRange(params, Date.now()));
  if (!drill) return Response.json({ error: { code: "VALIDATION", message: locale === "en" ? "Choose a day, a category or a reason" : "请选择支付日、类目或原因" } }, { status: 400 });
  const yes = locale === "en" ? "yes" : "是";
  const no = locale === "en" ? "no" : "否";
  const time = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "medium" });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        controller.enqueue(encoder.encode(CSV_BOM + csvRow(HEAD[locale])));
        for await (const rows of drillAll(user.shopId, drill.scope, drill.place)) {
          let chunk = "";
          for (const r of rows) {
            const place = qualityPlace(r);
            chunk += csvRow([
              r.orderId,
              r.cohortDay,
              time.format(r.paidAt),
              (r.paidAmount / 100).toFixed(2),
              r.productTitle,
              r.categoryCode,
              r.firstReason ? say(BUYER_REASON_SPECS[r.firstReason].label, locale) : "",
              r.inDenominator ? yes : no,
              r.inNumerator ? yes : no,
              r.exempt ? yes : no,
              r.counted ? yes : no,
              say(QUALITY_PLACE_TEXT[place], locale),
              place === "COUNTED" ? r.blockers.map((b) => say(EXEMPTION_BLOCKER_TEXT[b], locale)).join("；") : "",
            ]);
          }
          controller.enqueue(encoder.encode(chunk));
        }
        controller.close();
      } catch (e) {
        // The response has started, so onRequestError never sees this: it is logged here, once.
        logger().error({ err: e, reqId: requestIdFrom(req.headers), shopId: user.shopId }, "CSV export failed");
        controller.error(e);
      }
    },
  });
  const name = `quality-orders-${drill.scope.kind === "day" ? drill.scope.day : `${drill.scope.from}_${drill.scope.to}`}-${drill.place}.csv`;
  return new Response(body, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"`, "cache-control": "no-store" } });
}
