/**
 * Graceful stop on SIGTERM / SIGINT (issue 17), in the `next start` (or `next dev`) process.
 *
 * What Next 16.4.5 does by itself (node_modules/next/dist/server/lib/start-server.js, `cleanup`):
 * on the first SIGTERM or SIGINT it calls `server.close()` (no new connections; idle keep-alive
 * connections closed), waits, without any bound, until every open connection has finished, runs
 * its own close listeners and then calls `process.exit(143)` (SIGTERM) or `process.exit(130)`
 * (SIGINT) at once. It knows nothing of our sweep timer, database or lock.
 *
 * What we add, installed by lib/boot.ts:
 * 1. at the signal: /api/ready answers 503 (`isStopping`), the sweep timer stops (a sweep in
 *    progress finishes), a grace timer of SHUTDOWN_GRACE_SECONDS starts, and keep-alive ends:
 *    through Node's documented diagnostics channels, a request that still arrives on an open
 *    connection is answered with `Connection: close` (`http.server.request.start`), and once any
 *    response has been sent the server's idle connections are closed (`http.server.response.finish`,
 *    `server.closeIdleConnections()`). So no client can go on sending work to a stopping instance
 *    over a kept-alive connection, and Next's `server.close()` is not left waiting for idle ones;
 * 2. Next's exit is held back: while stopping, `process.exit` first runs our cleanup — close
 *    PGlite cleanly (its directory lock is released) or end the PostgreSQL pool — then exits with
 *    Next's code. Replacing `process.exit` is the one hook Next leaves between "the last request
 *    has finished" and "the process is gone"; it is done only after a stop signal.
 * 3. if the requests have not finished when the grace period ends (a slow request, a client that
 *    keeps its connection busy), the cleanup runs anyway and the process exits with 143 / 130.
 */
import diagnostics from "node:diagnostics_channel";
import type { Server, ServerResponse } from "node:http";
import { logger } from "@/lib/log/logger";

export interface StopSteps {
  /** How long (ms) in-flight requests may run after the signal. */
  graceMs: number;
  /** Stops the sweep timer and waits for a sweep in progress. */
  stopSweep: () => Promise<void>;
  /** Closes the database (and releases the data-directory lock). */
  closeDb: () => Promise<void>;
}

const g = globalThis as unknown as { __aftersalesStop?: { stopping: boolean } };

/** True from the first stop signal on (GET /api/ready answers 503). */
export function isStopping(): boolean {
  return g.__aftersalesStop?.stopping === true;
}

/** Ends keep-alive: the connection closes once this response is sent. */
function closeAfterResponse(message: unknown): void {
  const response = (message as { response?: ServerResponse }).response;
  if (response && !response.headersSent) response.setHeader("connection", "close");
}

/** After a response: close the connections that are idle now (this one, unless it is busy again). */
function closeIdleConnections(message: unknown): void {
  const server = (message as { server?: Server }).server;
  if (server) setImmediate(() => server.closeIdleConnections());
}

const EXIT_CODE: Record<"SIGTERM" | "SIGINT", number> = { SIGTERM: 143, SIGINT: 130 };

/** Installs the stop handling once per process (see the file comment). */
export function installGracefulStop(steps: StopSteps): void {
  if (g.__aftersalesStop) return;
  const state = { stopping: false };
  g.__aftersalesStop = state;
  const log = logger();
  const exit = process.exit.bind(process);
  let sweepStopped: Promise<void> | null = null;
  const stopSweep = () => (sweepStopped ??= steps.stopSweep().catch((e: unknown) => log.error({ err: e }, "stopping the sweep failed")));
  let cleanup: Promise<void> | null = null;
  const runCleanup = () =>
    (cleanup ??= (async () => {
      await stopSweep();
      await steps.closeDb().catch((e: unknown) => log.error({ err: e }, "closing the database failed"));
      log.info("stopped: database closed");
    })());

  const onSignal = (signal: "SIGTERM" | "SIGINT") => {
    if (state.stopping) return; // a terminal's Ctrl+C reaches us twice (from the shell and from npm start)
    state.stopping = true;
    log.info({ signal, graceMs: steps.graceMs }, "stopping: no new connections, in-flight requests may finish");
    void stopSweep(); // at once: no sweep starts from now on
    diagnostics.subscribe("http.server.request.start", closeAfterResponse);
    diagnostics.subscribe("http.server.response.finish", closeIdleConnections);
    process.exit = ((code?: number | string | null) => {
      void runCleanup().finally(() => exit(code ?? 0));
    }) as typeof process.exit;
    setTimeout(() => {
      log.warn({ graceMs: steps.graceMs }, "grace period over with requests still open: closing anyway");
      void runCleanup().finally(() => exit(EXIT_CODE[signal]));
    }, steps.graceMs);
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}
