/** Upload of one evidence image for a rejection (multipart field "file"); answers { url }. */
import { jsonError } from "@/lib/http/errors";
import { sessionRoute } from "@/lib/http/route";
import { translator } from "@/lib/i18n/catalogue";
import { POLICY_WORDS } from "@/lib/i18n/policy-words";
import { DEFAULT_POLICY } from "@/lib/rules";
import { storeEvidence } from "@/lib/services/refunds/evidence";

/** Multipart framing around one image. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

export const POST = sessionRoute("operator", async ({ req, user, locale }) => {
  const t = translator(locale, "request.upload");
  const tooLarge = () => Response.json({ error: { code: "PAYLOAD_TOO_LARGE", message: t("size", POLICY_WORDS) } }, { status: 413 });
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > DEFAULT_POLICY.maxEvidenceBytes + FORM_OVERHEAD_BYTES) return tooLarge();
  let file: FormDataEntryValue | null = null;
  try {
    file = (await req.formData()).get("file");
  } catch {
    file = null;
  }
  if (!file || typeof file === "string") return jsonError({ code: "VALIDATION", message: t("missing") }, locale);
  if (file.size > DEFAULT_POLICY.maxEvidenceBytes) return tooLarge();
  const r = await storeEvidence(user.shopId, user.userId, new Uint8Array(await file.arrayBuffer()));
  if (!r.ok) return jsonError({ code: "VALIDATION", message: r.error.message === "EVIDENCE_SIZE" ? t("size", POLICY_WORDS) : t("type") }, locale);
  return Response.json(r.data);
});
