/**
 * The product's structured log (issue 17): one JSON object per line on stdout, through pino.
 * Every line has `level` (a word), `time` (ISO-8601 UTC), `pid` and `msg`; request lines add
 * `reqId` and, once known, `shopId`. Never logged: secrets, tokens, cookies, passwords, emails,
 * nicknames (README "Logs"); as a second guard the keys that would hold them are redacted.
 */
import pino, { type Logger } from "pino";
import { config } from "@/lib/config/config";
import { serializeError } from "./serialize-error";

export type { Logger } from "pino";

/** Keys never written with their value, at the top level or one object deep. */
const SENSITIVE_KEYS = ["password", "token", "apiToken", "secret", "authorization", "cookie", "email", "nickname", "headers"];

const g = globalThis as unknown as { __aftersalesLogger?: Logger };

/** The process's logger (level from LOG_LEVEL), created on first use. */
export function logger(): Logger {
  if (!g.__aftersalesLogger) {
    g.__aftersalesLogger = pino({
      level: config().logLevel,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: serializeError },
      redact: { paths: SENSITIVE_KEYS.flatMap((k) => [k, `*.${k}`]), censor: "[redacted]" },
    });
  }
  return g.__aftersalesLogger;
}
