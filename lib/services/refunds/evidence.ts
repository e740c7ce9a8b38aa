/**
 * Evidence images an operator attaches to a rejection: only PNG, JPEG or WebP (recognised by
 * their first bytes, never by the name or the declared type), at most the policy's size each, stored in the
 * database under the shop, and served back only to that shop's users.
 */
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { getDb, type Db } from "@/lib/db/client";
import { evidenceFiles } from "@/lib/db/schema";
import { DEFAULT_POLICY } from "@/lib/rules";
import { fail, ok, type ServiceResult } from "@/lib/view/result";

/** Size limit of one uploaded image (the policy's figure). */
export const EVIDENCE_MAX_BYTES = DEFAULT_POLICY.maxEvidenceBytes;
const EVIDENCE_PATH = "/refunds/evidence/";

const KINDS = [
  { type: "image/png", ext: "png", test: (b: Uint8Array) => b.length > 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((x, i) => b[i] === x) },
  { type: "image/jpeg", ext: "jpg", test: (b: Uint8Array) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { type: "image/webp", ext: "webp", test: (b: Uint8Array) => b.length > 12 && String.fromCharCode(...b.subarray(0, 4)) === "RIFF" && String.fromCharCode(...b.subarray(8, 12)) === "WEBP" },
] as const;

export function sniffImage(bytes: Uint8Array): (typeof KINDS)[number] | null {
  return KINDS.find((k) => k.test(bytes)) ?? null;
}

export async function storeEvidence(shopId: string, userId: string, bytes: Uint8Array, db?: Db): Promise<ServiceResult<{ url: string }>> {
  if (bytes.length === 0 || bytes.length > EVIDENCE_MAX_BYTES) return fail({ code: "VALIDATION", message: "EVIDENCE_SIZE" });
  const kind = sniffImage(bytes);
  if (!kind) return fail({ code: "VALIDATION", message: "EVIDENCE_TYPE" });
  const id = `${randomUUID()}.${kind.ext}`;
  await (db ?? (await getDb())).insert(evidenceFiles).values({ shopId, id, contentType: kind.type, bytes: Buffer.from(bytes), size: bytes.length, uploadedBy: userId });
  return ok({ url: `${EVIDENCE_PATH}${id}` });
}

export async function readEvidence(shopId: string, id: string, db?: Db): Promise<{ contentType: string; bytes: Buffer } | null> {
  if (!/^[0-9a-f-]{36}\.(png|jpg|webp)$/.test(id)) return null;
  const [f] = await (db ?? (await getDb())).select({ contentType: evidenceFiles.contentType, bytes: evidenceFiles.bytes }).from(evidenceFiles).where(and(eq(evidenceFiles.shopId, shopId), eq(evidenceFiles.id, id))).limit(1);
  return f ?? null;
}
