import { secrets } from "@/lib/config/server-config";
import { parseJson, readBodyLimited } from "@/lib/http/body";
import { HTTP_STATUS } from "@/lib/http/errors";
import { jsonRoute } from "@/lib/http/route";
import { translator } from "@/lib/i18n/catalogue";
import { errorMessage, localeFromHeaders } from "@/lib/i18n/service-errors";
import { verifySignature } from "@/lib/http/signature";
import { ingestEvent, type EventOutcome } from "@/lib/services/feed/event";
import { ingestBatch } from "@/lib/services/feed/batch";
import { feedBatchSchema, MAX_BATCH, MAX_FEED_BODY_BYTES } from "@/lib/validation/feed";

function present(o: EventOutcome, locale: ReturnType<typeof localeFromHeaders>) {
  return o.status === "rejected" ? { eventId: o.eventId, status: o.status, error: { code: o.error.code, message: errorMessage(o.error, locale) } } : o;
}

/** API.md §1: one event or a batch, signed; each event decided on its own. */
export const POST = jsonRoute("platform feed", async (req: Request): Promise<Response> => {
  const locale = localeFromHeaders(req.headers);
  const t = translator(locale, "serviceErrors");
  const body = await readBodyLimited(req, MAX_FEED_BODY_BYTES);
  if (!body.ok) return Response.json({ error: { code: "PAYLOAD_TOO_LARGE", message: t("payloadTooLarge", { limit: `${MAX_FEED_BODY_BYTES / 1024} KiB` }) } }, { status: 413 });
  if (!verifySignature(body.text, req.headers.get("x-signature"), secrets().webhookSecret)) {
    return Response.json({ error: { code: "UNAUTHORIZED", message: t("badSignature") } }, { status: 401 });
  }
  const json = parseJson(body.text);
  if (!json.ok || typeof json.value !== "object" || json.value === null) return Response.json({ error: { code: "VALIDATION", message: t("notJsonObject") } }, { status: 400 });
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
});
