/**
 * Structured logs (issue 17), through the real logger in a child process: one JSON line per
 * unexpected error, with the request id, route and digest, and without personal data, secrets,
 * cookies, tokens or a failed statement's parameters; a route wrapper that meets an exception logs
 * it once and answers 500 JSON with the request id.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

describe("logs (issue 17)", () => {
  it("unexpected errors are logged once as JSON with request id and shop, with no personal data or secrets", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "log-probe.ts")], { encoding: "utf8", env: { ...process.env, LOG_LEVEL: "info" } });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split("\n");
    const response = lines.find((l) => l.startsWith("RESPONSE"));
    const log = lines.filter((l) => !l.startsWith("RESPONSE")).map((l) => JSON.parse(l) as Record<string, unknown>);

    const fromNext = log.filter((l) => l.reqId === "probe-1");
    expect(fromNext).toHaveLength(1);
    expect(fromNext[0]).toMatchObject({ level: "error", msg: "unexpected error", method: "GET", path: "/refunds", route: "/refunds", routeType: "render" });
    expect(fromNext[0]!.err).toMatchObject({ type: "Error", message: 'Failed query: insert into "user" ("email", "name") values ($1, $2)', digest: "1234567890", cause: { code: "23505" } });
    expect(typeof fromNext[0]!.time).toBe("string");

    const fromRoute = log.filter((l) => l.reqId === "probe-2");
    expect(fromRoute.map((l) => l.msg)).toEqual(["unexpected error", "request"]);
    expect(fromRoute[1]).toMatchObject({ shopId: "shop-probe", status: 500, path: "/api/v1/refunds", method: "GET" });
    expect(response).toBe('RESPONSE 500 probe-2 {"error":{"code":"INTERNAL","message":"internal error; nothing was changed"}}');

    for (const leak of ["leak@example.com", "小林", "secret-cookie", "asd_secret-token", "already exists"]) expect(r.stdout).not.toContain(leak);
  });
});
