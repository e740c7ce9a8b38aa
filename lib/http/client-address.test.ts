/**
 * The client address of the sign-in limits (issue 16): the socket's peer unless TRUSTED_PROXY
 * hops are configured, and the peer recorded by Node's diagnostics channel on a real HTTP server,
 * whatever a client sends under the same header name.
 */
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { clientAddress, installPeerAddressHeader, PEER_HEADER } from "./client-address";

const h = (peer: string | null, xff?: string) => new Headers({ ...(peer === null ? {} : { [PEER_HEADER]: peer }), ...(xff ? { "x-forwarded-for": xff } : {}) });

describe("clientAddress", () => {
  it("without a trusted proxy: the socket's peer; X-Forwarded-For is ignored", () => {
    expect(clientAddress(h("203.0.113.5", "1.2.3.4"), 0)).toBe("203.0.113.5");
    expect(clientAddress(h("::ffff:203.0.113.5"), 0)).toBe("203.0.113.5");
    expect(clientAddress(h("2001:DB8::1"), 0)).toBe("2001:db8::1");
  });

  it("with n trusted hops: the entry n places from the right of (X-Forwarded-For…, peer)", () => {
    expect(clientAddress(h("10.0.0.2", "6.6.6.6, 198.51.100.7"), 1)).toBe("198.51.100.7");
    expect(clientAddress(h("10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.1"), 2)).toBe("198.51.100.7");
    expect(clientAddress(h("10.0.0.2"), 1)).toBe("10.0.0.2");
  });

  it("unknown when no peer was recorded or the entry is not an address", () => {
    expect(clientAddress(h(null, "1.2.3.4"), 0)).toBeNull();
    expect(clientAddress(h("", "1.2.3.4"), 0)).toBeNull();
    expect(clientAddress(h("10.0.0.2", "not-an-ip"), 1)).toBeNull();
  });

  it("a real server records each socket's peer, overwriting a forged header of the same name", async () => {
    installPeerAddressHeader();
    installPeerAddressHeader(); // once per process, however often called
    const server = createServer((req, res) => res.end(JSON.stringify(req.headers[PEER_HEADER])));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const { port } = server.address() as AddressInfo;
      const seen = await new Promise<string>((resolve, reject) => {
        const req = request({ host: "127.0.0.1", port, path: "/", headers: { [PEER_HEADER]: "1.2.3.4", "x-forwarded-for": "5.6.7.8" } }, (res) => {
          let body = "";
          res.on("data", (d) => (body += d));
          res.on("end", () => resolve(JSON.parse(body) as string));
        });
        req.on("error", reject);
        req.end();
      });
      expect(seen).toBe("127.0.0.1");
    } finally {
      server.close();
    }
  });
});
