/**
 * One file from a multipart upload, read within a byte limit while it streams (issue 16): the
 * request body is cut at `limit` (lib/http/body.ts) and handed to the platform's own multipart
 * parser (undici's `Request.formData()`), which therefore never holds more than the limit. A body
 * over the limit — declared or chunked — is `too-large` and the rest of it is never read.
 */
import { declaresTooMuch, limitedBody } from "./body";

export type Upload = { kind: "file"; file: File } | { kind: "too-large" } | { kind: "missing" };

/** The multipart field `field` of `req` as a File, within `limit` bytes of body. */
export async function readUpload(req: Request, field: string, limit: number): Promise<Upload> {
  if (declaresTooMuch(req, limit)) return { kind: "too-large" };
  const body = limitedBody(req, limit);
  try {
    const init = { method: "POST", headers: { "content-type": req.headers.get("content-type") ?? "" }, body: body.stream, duplex: "half" };
    const value = (await new Request(req.url, init as RequestInit).formData()).get(field);
    return value !== null && typeof value !== "string" ? { kind: "file", file: value } : { kind: "missing" };
  } catch {
    return body.exceeded() ? { kind: "too-large" } : { kind: "missing" };
  }
}
