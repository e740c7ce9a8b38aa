/**
 * Request bodies within a byte limit, enforced while the body streams in (issue 16): a declared
 * Content-Length over the limit is refused before reading; a chunked body is read chunk by chunk
 * and, the moment it passes the limit, its source is cancelled — the rest is never read, so a
 * 256 MiB upload costs at most the limit in memory. Callers answer 413 then.
 */

/** Next.js's own limit on a server action's body (its default `serverActions.bodySizeLimit`, 1 MB). */
export const SERVER_ACTION_BODY_BYTES = 1024 * 1024;

/** A body stream cut at `limit` bytes, and whether it was cut. */
export interface LimitedBody {
  stream: ReadableStream<Uint8Array>;
  /** True once more than `limit` bytes arrived (the stream then errors and the source is cancelled). */
  exceeded: () => boolean;
}

/** Whether the request declares a Content-Length over `limit` bytes. */
export function declaresTooMuch(req: Request, limit: number): boolean {
  const declared = Number(req.headers.get("content-length") ?? "0");
  return Number.isFinite(declared) && declared > limit;
}

/**
 * `req`'s body as a stream that passes at most `limit` bytes on: one byte more and it errors and
 * cancels the source. Hand it to a parser (`new Request(url, { body, duplex: "half" }).formData()`)
 * to parse within the limit. An absent body is an empty stream.
 */
export function limitedBody(req: Request, limit: number): LimitedBody {
  let size = 0;
  let cut = false;
  const source = req.body?.getReader() ?? null;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!source) return controller.close();
      const { done, value } = await source.read();
      if (done) return controller.close();
      size += value.byteLength;
      if (size > limit) {
        cut = true;
        await source.cancel("body over its size limit").catch(() => {});
        return controller.error(new RangeError(`body over ${limit} bytes`));
      }
      controller.enqueue(value);
    },
    cancel(reason) {
      return source?.cancel(reason);
    },
  });
  return { stream, exceeded: () => cut };
}

/** Reads a request body as text within a byte limit (never buffers more than the limit). */
export async function readBodyLimited(req: Request, limit: number): Promise<{ ok: true; text: string } | { ok: false }> {
  if (declaresTooMuch(req, limit)) return { ok: false };
  const body = limitedBody(req, limit);
  const chunks: Uint8Array[] = [];
  const reader = body.stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
    }
  } catch (e) {
    if (body.exceeded()) return { ok: false };
    throw e;
  }
  return { ok: true, text: Buffer.concat(chunks).toString("utf8") };
}

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}
