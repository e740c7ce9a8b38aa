/**
 * Bodies are cut at their limit while they stream (issue 16 found 1 and 2): a 50 MB chunked body
 * (no Content-Length) sent to sign-in, to the evidence upload's parser and to the feed is answered
 * 413 after at most the limit plus two chunks (a stream's own read-ahead) has been pulled from it —
 * the rest is never read —
 * and the process's memory grows by far less than the body. The body is generated as it is pulled,
 * so the bytes pulled are exactly what the handler read. (e2e/body-limits.spec.ts sends the same
 * bodies over HTTP to the built server and measures its RSS.)
 */
import { describe, expect, it } from "vitest";
import { POST as authPOST } from "@/app/api/auth/[...all]/route";
import { POST as feedPOST } from "@/app/api/platform/events/route";
import { readUpload } from "@/lib/http/upload";
import { DEFAULT_POLICY } from "@/lib/rules";
import { MAX_FEED_BODY_BYTES } from "@/lib/validation/feed";
import { MAX_AUTH_BODY_BYTES } from "@/lib/validation/sign-in";
import { useProcessDb } from "./db-fixture";

const MB = 1024 * 1024;
const CHUNK = 64 * 1024;
/** A web stream fills its queue one chunk ahead of its reader; the first chunk may carry a small head. */
const READ_AHEAD = 2 * CHUNK + 512;
const UPLOAD_LIMIT = DEFAULT_POLICY.maxEvidenceBytes + 64 * 1024;

/** A body of `total` bytes made chunk by chunk as it is pulled; `pulled()` says how much was. */
function lazyBody(total: number, first = "") {
  let pulled = 0;
  const head = new TextEncoder().encode(first);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled >= total) return controller.close();
      const chunk = pulled === 0 && head.length > 0 ? head : new Uint8Array(CHUNK).fill(0x61);
      pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

const post = (url: string, body: ReadableStream<Uint8Array>, headers: Record<string, string>) => new Request(url, { method: "POST", headers, body, duplex: "half" } as RequestInit);

async function measured(run: () => Promise<Response | { kind: string }>) {
  const before = process.memoryUsage().rss;
  const answer = await run();
  return { answer, growthMb: (process.memoryUsage().rss - before) / MB };
}

useProcessDb();

describe("request bodies cut at their limit while streaming", () => {
  it("sign-in: a 50 MB chunked body answers 413 after at most 16 KiB (+ read-ahead)", async () => {
    // One ordinary sign-in first, so the memory measured is the body's, not the auth library's first load.
    const warm = new Request("http://localhost:3000/api/auth/sign-in/email", { method: "POST", headers: { "content-type": "application/json", origin: "http://localhost:3000" }, body: JSON.stringify({ email: "nobody@example.com", password: "not-the-password" }) });
    expect((await authPOST(warm)).status).toBe(401);
    const body = lazyBody(50 * MB, '{"email":"a@b.c","password":"');
    const { answer, growthMb } = await measured(() => authPOST(post("http://localhost:3000/api/auth/sign-in/email", body.stream, { "content-type": "application/json", origin: "http://localhost:3000" })));
    expect((answer as Response).status).toBe(413);
    expect(body.pulled()).toBeLessThanOrEqual(MAX_AUTH_BODY_BYTES + READ_AHEAD);
    expect(growthMb).toBeLessThan(20);
  });

  it("evidence upload: a 50 MB chunked multipart body is too large after at most the limit (+ read-ahead)", async () => {
    const body = lazyBody(50 * MB, '--XyZ\r\nContent-Disposition: form-data; name="file"; filename="a.png"\r\nContent-Type: image/png\r\n\r\n');
    const { answer, growthMb } = await measured(() => readUpload(post("http://localhost/refunds/evidence", body.stream, { "content-type": "multipart/form-data; boundary=XyZ" }), "file", UPLOAD_LIMIT));
    expect(answer).toEqual({ kind: "too-large" });
    expect(body.pulled()).toBeLessThanOrEqual(UPLOAD_LIMIT + READ_AHEAD);
    expect(growthMb).toBeLessThan(20);
  });

  it("evidence upload: a declared Content-Length over the limit is refused before reading (only the stream's own read-ahead)", async () => {
    const body = lazyBody(50 * MB);
    const answer = await readUpload(post("http://localhost/refunds/evidence", body.stream, { "content-type": "multipart/form-data; boundary=XyZ", "content-length": String(50 * MB) }), "file", UPLOAD_LIMIT);
    expect(answer).toEqual({ kind: "too-large" });
    expect(body.pulled()).toBeLessThanOrEqual(CHUNK);
  });

  it("evidence upload: an image within the limit is read whole", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const form = new FormData();
    form.set("file", new Blob([png], { type: "image/png" }), "a.png");
    const answer = await readUpload(new Request("http://localhost/refunds/evidence", { method: "POST", body: form }), "file", UPLOAD_LIMIT);
    expect(answer.kind).toBe("file");
    expect(answer.kind === "file" && new Uint8Array(await answer.file.arrayBuffer())).toEqual(png);
  });

  it("platform feed: a 50 MB chunked body answers 413 after at most 256 KiB (+ read-ahead)", async () => {
    const body = lazyBody(50 * MB, '{"events":[');
    const { answer, growthMb } = await measured(() => feedPOST(post("http://localhost/api/platform/events", body.stream, { "content-type": "application/json" })));
    expect((answer as Response).status).toBe(413);
    expect(body.pulled()).toBeLessThanOrEqual(MAX_FEED_BODY_BYTES + READ_AHEAD);
    expect(growthMb).toBeLessThan(20);
  });
});
