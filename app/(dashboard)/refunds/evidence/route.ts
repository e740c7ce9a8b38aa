/**
 * Upload of one evidence image for a rejection (multipart field "file"); answers { url }. The body
 * is cut at the image limit plus the form's framing while it streams (issue 16): a larger upload,
 * chunked or not, is answered 413 and its rest is never read.
 */
import { jsonError } from "@/lib/http/errors";
import { sessionRoute } from "@/lib/http/route";
import { readUpload } from "@/lib/http/upload";
import { translator } from "@/lib/i18n/catalogue";
import { POLICY_WORDS } from "@/lib/i18n/policy-words";
import { DEFAULT_POLICY } from "@/lib/rules";
import { storeEvidence } from "@/lib/services/refunds/evidence";

/** Multipart framing around one image. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

export const POST = sessionRoute("operator", async ({ req, user, locale }) => {
  const t = translator(locale, "request.upload");
  const tooLarge = () => Response.json({ error: { code: "PAYLOAD_TOO_LARGE", message: t("size", POLICY_WORDS) } }, { status: 413 });
  const upload = await readUpload(req, "file", DEFAULT_POLICY.maxEvidenceBytes + FORM_OVERHEAD_BYTES);
  if (upload.kind === "too-large") return tooLarge();
  if (upload.kind === "missing") return jsonError({ code: "VALIDATION", message: t("missing") }, locale);
  if (upload.file.size > DEFAULT_POLICY.maxEvidenceBytes) return tooLarge();
  const r = await storeEvidence(user.shopId, user.userId, new Uint8Array(await upload.file.arrayBuffer()));
  if (!r.ok) return jsonError({ code: "VALIDATION", message: r.error.message === "EVIDENCE_SIZE" ? t("size", POLICY_WORDS) : t("type") }, locale);
  return Response.json(r.data);
});
