import { secrets } from "@/lib/config/server-config";
import { parseJson, readBodyLimited } from "@/lib/http/body";
import { HTTP_STATUS } from "@/lib/http/errors";
import { withRequestLog, type RequestLog } from "@/lib/http/request-log";
import { verifySignature } from "@/lib/http/signature";
import { translator } from "@/lib/i18n/catalogue";
import { errorMessage, localeFromHeaders } from "@/lib/i18n/service-errors";
import { ingestEvent, type EventOutcome } from "@/lib/services/feed/event";
import { ingestBatch } from "@/lib/services/feed/batch";
import { feedBatchSchema, MAX_BATCH, MAX_FEED_BODY_BYTES } from "@/lib/validation/feed";

function present(o: EventOutcome, locale: ReturnType<typeof localeFromHeaders>) {
  return o.status === "rejected" ? { eventId: o.eventId, status: o.status, error: { code: o.error.code, message: errorMessage(o.error, locale) } } : o;
}

/** The shop the body speaks of, when it is one: for the request's log line. */
function shopOf(value: object): string | undefined {
  const shops = new Set<unknown>("events" in value && Array.isArray(value.events) ? value.events.map((e: unknown) => (e as { shopId?: unknown } | null)?.shopId) : [(value as { shopId?: unknown }).shopId]);
  const [only] = shops;
  return shops.size === 1 && typeof only === "string" ? only.slice(0, 64) : undefined;
}

/** API.md §1: one signed event or a batch; every call is logged with its request id (issue 17). */
export function POST(req: Request): Promise<Response> {
  return withRequestLog(req, (rl) => ingest(req, rl));
}

async function ingest(req: Request, rl: RequestLog): Promise<Response> {
  const locale = localeFromHeaders(req.headers);
  const t = translator(locale, "serviceErrors");
  const body = await readBodyLimited(req, MAX_FEED_BODY_BYTES);
  if (!body.ok) return Response.json({ error: { code: "PAYLOAD_TOO_LARGE", message: t("payloadTooLarge", { limit: `${MAX_FEED_BODY_BYTES / 1024} KiB` }) } }, { status: 413 });
  if (!verifySignature(body.text, req.headers.get("x-signature"), secrets().webhookSecret)) {
    return Response.json({ error: { code: "UNAUTHORIZED", message: t("badSignature") } }, { status: 401 });
  }
  const json = parseJson(body.text);
  if (!json.ok || typeof json.value !== "object" || json.value === null) return Response.json({ error: { code: "VALIDATION", message: t("notJsonObject") } }, { status: 400 });
  const shopId = shopOf(json.value);
  if (shopId) rl.shop(shopId);
  if ("events" in json.value) {
    const batch = feedBatchSchema.safeParse(json.value);
    if (!batch.success) return Response.json({ error: { code: "VALIDATION", message: t("batchSize", { max: MAX_BATCH }) } }, { status: 400 });
    const results = await ingestBatch(batch.data.events);
    const failed = results.some((r) => r.status === "rejected");
    return Response.json({ results: results.map((r) => present(r, locale)) }, { status: failed ? 207 : 200 });
  }
  const r = await ingestEvent(json.value);
  if (r.status === "rejected") return Response.json({ error: { code: r.error.code, message: errorMessage(r.error, locale) } }, { status: HTTP_STATUS[r.error.code] });
  return Response.json({ results: [r] });
}
