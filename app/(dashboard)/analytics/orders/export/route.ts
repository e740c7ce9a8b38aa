/** CSV of a drill-down: the same orders as the screen, every page of them, in the user's language. */
import { CSV_BOM, csvRow } from "@/lib/http/csv";
import { jsonError } from "@/lib/http/errors";
import { sessionRoute } from "@/lib/http/route";
import { translator } from "@/lib/i18n/catalogue";
import { formatInstantSeconds } from "@/lib/i18n/format";
import { ruleWords } from "@/lib/i18n/rule-words";
import { qualityPlace } from "@/lib/rules";
import { drillAll } from "@/lib/services/quality/analytics";
import { parseDrill, parseRange } from "@/lib/validation/analytics";

const COLUMNS = ["orderId", "cohortDay", "paidAt", "paidYuan", "product", "categoryCode", "categoryName", "firstReason", "inDenominator", "inNumerator", "exempt", "counted", "place", "blockers"] as const;

export const GET = sessionRoute("operator", async ({ req, user, locale, log }) => {
  const t = translator(locale, "analytics.csv");
  const w = ruleWords(translator(locale, "rules"));
  const params = Object.fromEntries(new URL(req.url).searchParams);
  const drill = parseDrill(params, parseRange(params, Date.now()));
  if (!drill) return jsonError({ code: "VALIDATION", message: t("chooseScope") }, locale);
  const flag = (b: boolean) => (b ? t("yes") : t("no"));
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        controller.enqueue(encoder.encode(CSV_BOM + csvRow(COLUMNS.map((c) => t(c)))));
        for await (const rows of drillAll(user.shopId, drill.scope, drill.place)) {
          let chunk = "";
          for (const r of rows) {
            const place = qualityPlace(r);
            chunk += csvRow([
              r.orderId,
              r.cohortDay,
              formatInstantSeconds(r.paidAt),
              (r.paidAmount / 100).toFixed(2),
              r.productTitle,
              r.categoryCode,
              r.categoryName ?? "",
              r.firstReason ? w.reason(r.firstReason) : "",
              flag(r.inDenominator),
              flag(r.inNumerator),
              flag(r.exempt),
              flag(r.counted),
              w.qualityPlace(place),
              place === "COUNTED" ? w.list(r.blockers.map(w.exemptionBlocker)) : "",
            ]);
          }
          controller.enqueue(encoder.encode(chunk));
        }
        controller.close();
      } catch (e) {
        log.error({ err: e }, "CSV export failed");
        controller.error(e);
      }
    },
  });
  const name = `quality-orders-${drill.scope.kind === "day" ? drill.scope.day : `${drill.scope.from}_${drill.scope.to}`}-${drill.place}.csv`;
  return new Response(body, { headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}"`, "cache-control": "no-store" } });
});
