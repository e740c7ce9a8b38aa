/** Upload of one evidence image for a rejection (multipart field "file"); answers { url }. */
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { shopUserFromHeaders } from "@/lib/auth/session";
import type { Locale } from "@/lib/rules";
import { EVIDENCE_MAX_BYTES, storeEvidence } from "@/lib/services/refunds/evidence";

const TEXT = {
  "zh-CN": { auth: "请先登录", size: "图片需小于 2 MB", type: "只能上传 PNG、JPEG 或 WebP 图片", missing: "请选择一张图片" },
  en: { auth: "Sign in first", size: "Images must be under 2 MB", type: "Only PNG, JPEG or WebP images", missing: "Choose an image" },
} as const;

export async function POST(req: Request): Promise<Response> {
  const user = await shopUserFromHeaders(await headers());
  const w = TEXT[(await getLocale()) as Locale];
  if (!user) return Response.json({ error: { code: "UNAUTHORIZED", message: w.auth } }, { status: 401 });
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > EVIDENCE_MAX_BYTES + 64 * 1024) return Response.json({ error: { code: "PAYLOAD_TOO_LARGE", message: w.size } }, { status: 413 });
  let file: FormDataEntryValue | null = null;
  try {
    file = (await req.formData()).get("file");
  } catch {
    file = null;
  }
  if (!file || typeof file === "string") return Response.json({ error: { code: "VALIDATION", message: w.missing } }, { status: 400 });
  if (file.size > EVIDENCE_MAX_BYTES) return Response.json({ error: { code: "PAYLOAD_TOO_LARGE", message: w.size } }, { status: 413 });
  const r = await storeEvidence(user.shopId, user.userId, new Uint8Array(await file.arrayBuffer()));
  if (!r.ok) return Response.json({ error: { code: "VALIDATION", message: r.error.message === "EVIDENCE_SIZE" ? w.size : w.type } }, { status: 400 });
  return Response.json(r.data);
}
