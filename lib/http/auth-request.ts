/**
 * A request as better-auth receives it (issue 16): its body read within MAX_AUTH_BODY_BYTES while
 * streaming (null when over: the caller answers 413), and X-Forwarded-For replaced by the resolved
 * client address (lib/http/client-address.ts) — better-auth's own rate limiter keys on that
 * header, so a client that rotates it no longer gets a fresh bucket each time. With no address
 * known the header is removed and better-auth counts every such request in one shared bucket.
 */
import { MAX_AUTH_BODY_BYTES } from "@/lib/validation/sign-in";
import { readBodyLimited } from "./body";
import { PEER_HEADER } from "./client-address";

export async function authRequest(req: Request, client: string | null): Promise<{ request: Request; text: string } | null> {
  const headers = new Headers(req.headers);
  headers.delete("content-length");
  headers.delete("transfer-encoding");
  headers.delete(PEER_HEADER);
  if (client) headers.set("x-forwarded-for", client);
  else headers.delete("x-forwarded-for");
  if (req.method === "GET" || req.method === "HEAD") return { request: new Request(req.url, { method: req.method, headers }), text: "" };
  const body = await readBodyLimited(req, MAX_AUTH_BODY_BYTES);
  if (!body.ok) return null;
  return { request: new Request(req.url, { method: req.method, headers, body: body.text }), text: body.text };
}
