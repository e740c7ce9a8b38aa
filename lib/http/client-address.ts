/**
 * Who is calling, by network address, for the sign-in limits (issue 16). A Next.js route handler
 * never sees the socket: Next only fills X-Forwarded-For with the peer address when the client did
 * not send one, so a client that sends its own can be anyone. Node publishes every incoming HTTP
 * request on the diagnostics channel "http.server.request.start" before any handler runs; the
 * server process subscribes once (instrumentation.ts) and writes the socket's peer address into
 * PEER_HEADER, overwriting whatever a client sent under that name. `clientAddress` then believes
 * X-Forwarded-For only for the TRUSTED_PROXY hops in front of the app.
 */
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";
import type { Socket } from "node:net";

/** The request header that carries the socket's peer address inside the server. */
export const PEER_HEADER = "x-aftersales-peer";

const g = globalThis as unknown as { __aftersalesPeerHook?: boolean };

/** Subscribes once per process; every later HTTP request carries its socket's peer address in PEER_HEADER. */
export function installPeerAddressHeader(): void {
  if (g.__aftersalesPeerHook) return;
  g.__aftersalesPeerHook = true;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_HEADER] = socket.remoteAddress ?? "";
  });
}

/** An IPv4-mapped IPv6 address as plain IPv4; anything that is not an IP address as null. */
function normalize(address: string | undefined | null): string | null {
  const a = address?.trim() ?? "";
  const plain = a.toLowerCase().startsWith("::ffff:") && isIP(a.slice(7)) === 4 ? a.slice(7) : a;
  return isIP(plain) ? plain.toLowerCase() : null;
}

/**
 * The caller's address: with 0 trusted hops the socket's peer; with n hops the address n entries
 * from the right of (X-Forwarded-For…, peer) — what the outermost trusted proxy saw. Null when it
 * cannot be told (no peer recorded, or a malformed entry where the client should be); callers then
 * put every such request in one shared bucket, never a client-chosen one.
 */
export function clientAddress(headers: Headers, trustedHops: number): string | null {
  const peer = normalize(headers.get(PEER_HEADER));
  if (peer === null) return null;
  if (trustedHops === 0) return peer;
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return normalize(chain[Math.max(0, chain.length - 1 - trustedHops)]);
}
