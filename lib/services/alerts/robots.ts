/**
 * The two group robots (issue 19), spoken over HTTP with fetch:
 * - 企业微信 group robot: POST `{"msgtype":"markdown","markdown":{"content":…}}` to the robot URL.
 * - 钉钉 custom robot: POST `{"msgtype":"markdown","markdown":{"title","text"}}`; with a signing
 *   secret the URL also gets `&timestamp=<ms>&sign=<urlencoded base64 HMAC-SHA256 of
 *   "timestamp\nsecret", keyed by the secret>` (DingTalk's documented 加签 algorithm).
 * Both answer HTTP 200 with `{"errcode":0,"errmsg":"ok"}` on success and a non-zero errcode otherwise.
 */
import { createHmac } from "node:crypto";
import type { AlertChannelKind } from "@/lib/rules";

export interface RobotMessage {
  /** DingTalk's notification title (企业微信 shows only the text). */
  title: string;
  /** Markdown. */
  text: string;
}

/** 企业微信 refuses markdown content over 4,096 bytes (UTF-8); the digests stay under this. */
export const WECOM_MAX_BYTES = 4_096;

/** DingTalk's signature: base64 of HMAC-SHA256("<timestampMs>\n<secret>") keyed by the secret (not yet URL-encoded). */
export function dingTalkSign(secret: string, timestampMs: number): string {
  return createHmac("sha256", secret).update(`${timestampMs}\n${secret}`, "utf8").digest("base64");
}

/** The URL and JSON body to POST for one message; `nowMs` is the signature's timestamp. */
export function robotRequest(kind: AlertChannelKind, url: string, secret: string | null, msg: RobotMessage, nowMs: number): { url: string; body: string } {
  if (kind === "wecom") return { url, body: JSON.stringify({ msgtype: "markdown", markdown: { content: msg.text } }) };
  const signed = secret ? `${url}${url.includes("?") ? "&" : "?"}timestamp=${nowMs}&sign=${encodeURIComponent(dingTalkSign(secret, nowMs))}` : url;
  return { url: signed, body: JSON.stringify({ msgtype: "markdown", markdown: { title: msg.title, text: msg.text } }) };
}

export type RobotAnswer = { ok: true } | { ok: false; error: string };

/** POSTs one message and says whether the robot took it (a network error, a timeout, a non-2xx or a non-zero errcode is a failure). */
export async function postToRobot(req: { url: string; body: string }, timeoutMs = 5_000): Promise<RobotAnswer> {
  try {
    const res = await fetch(req.url, { method: "POST", headers: { "content-type": "application/json; charset=utf-8" }, body: req.body, signal: AbortSignal.timeout(timeoutMs), redirect: "error" });
    const text = await res.text();
    if (!res.ok) return { ok: false, error: `HTTP ${res.status}` };
    let answer: { errcode?: unknown; errmsg?: unknown } | null = null;
    try {
      answer = JSON.parse(text) as { errcode?: unknown; errmsg?: unknown };
    } catch {
      return { ok: false, error: "not a robot answer (no JSON)" };
    }
    if (answer?.errcode !== 0) return { ok: false, error: `errcode ${String(answer?.errcode)}: ${String(answer?.errmsg ?? "").slice(0, 200)}` };
    return { ok: true };
  } catch (e) {
    const name = e instanceof Error ? e.name : "";
    return { ok: false, error: name === "TimeoutError" ? `no answer within ${timeoutMs / 1000} s` : `network error${e instanceof Error ? `: ${e.message.slice(0, 200)}` : ""}` };
  }
}
