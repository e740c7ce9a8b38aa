/**
 * Issue 16 found 1 and 2, against the built server: a 50 MB chunked body (no Content-Length) to
 * sign-in and to the evidence upload is answered 413 while the client is still sending — the
 * server stops reading, so the client cannot push the body through — and the server process's
 * resident memory grows by under 20 MB. The server's RSS is read from /proc (Linux).
 */
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { STATE } from "./fixtures";

const MB = 1024 * 1024;

/** The process listening on `port`, found through /proc/net/tcp{,6} and the processes' sockets. */
function serverPid(port: number): number | null {
  const inodes = new Set<string>();
  for (const file of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = readFileSync(file, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length > 9 && f[3] === "0A" && parseInt(f[1]!.split(":").pop()!, 16) === port) inodes.add(f[9]!);
    }
  }
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
        if (m && inodes.has(m[1]!)) return Number(pid);
      } catch {
        /* a descriptor closed meanwhile */
      }
    }
  }
  return null;
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;

/** Streams `total` bytes chunked until the server answers; resolves with the status, the bytes written and the server's peak RSS growth. */
function stream(url: URL, headers: Record<string, string>, total: number, pid: number): Promise<{ status: number; sentMb: number; growthMb: number }> {
  const before = rssMb(pid);
  let peak = before;
  const sample = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 20);
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  let sent = 0;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers: { ...headers, "transfer-encoding": "chunked", origin: url.origin } });
    let answered = false;
    req.on("response", (res) => {
      answered = true;
      res.resume();
      res.on("end", () =>
        setTimeout(() => {
          clearInterval(sample);
          peak = Math.max(peak, rssMb(pid));
          resolve({ status: res.statusCode ?? 0, sentMb: sent / MB, growthMb: peak - before });
          req.destroy();
        }, 200),
      );
    });
    req.on("error", (e) => {
      if (!answered) {
        clearInterval(sample);
        reject(e);
      }
    });
    const write = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", write);
      }
      if (!answered) req.end();
    };
    write();
  });
}

test.describe("request bodies on the running server", () => {
  test.skip(process.platform !== "linux", "reads the server's memory from /proc");

  let pid: number;
  test.beforeAll(({ baseURL }) => {
    const found = serverPid(Number(new URL(baseURL!).port));
    expect(found, "the server process listening on the e2e port").not.toBeNull();
    pid = found!;
  });

  test("sign-in: 50 MB chunked → 413 before the body is through; server RSS grows < 20 MB", async ({ baseURL }) => {
    const r = await stream(new URL("/api/auth/sign-in/email", baseURL), { "content-type": "application/json" }, 50 * MB, pid);
    console.log(`sign-in 50 MB chunked: ${r.status} after ${r.sentMb.toFixed(1)} MB written, server RSS +${r.growthMb.toFixed(1)} MB`);
    expect(r.status).toBe(413);
    expect(r.sentMb).toBeLessThan(20);
    expect(r.growthMb).toBeLessThan(20);
  });

  test("evidence upload: 50 MB chunked → 413 before the body is through; server RSS grows < 20 MB", async ({ baseURL }) => {
    const state = JSON.parse(readFileSync(STATE.operator, "utf8")) as { cookies: { name: string; value: string }[] };
    const cookie = state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const r = await stream(new URL("/refunds/evidence", baseURL), { "content-type": "multipart/form-data; boundary=XyZ", cookie }, 50 * MB, pid);
    console.log(`upload 50 MB chunked: ${r.status} after ${r.sentMb.toFixed(1)} MB written, server RSS +${r.growthMb.toFixed(1)} MB`);
    expect(r.status).toBe(413);
    expect(r.sentMb).toBeLessThan(20);
    expect(r.growthMb).toBeLessThan(20);
  });
});
