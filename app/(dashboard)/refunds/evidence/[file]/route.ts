/**
 * An uploaded evidence image, only to users of the shop that owns it; never run as a document
 * (nosniff and a sandboxing CSP come with every non-page response: lib/http/security-headers.ts).
 */
import { jsonError } from "@/lib/http/errors";
import { sessionRoute } from "@/lib/http/route";
import { readEvidence } from "@/lib/services/refunds/evidence";

export const GET = sessionRoute<{ file: string }>("operator", async ({ user, locale, params }) => {
  const f = await readEvidence(user.shopId, params.file);
  if (!f) return jsonError({ code: "NOT_FOUND" }, locale);
  return new Response(new Uint8Array(f.bytes), {
    headers: { "content-type": f.contentType, "cache-control": "private, max-age=86400" },
  });
});
