/**
 * Encrypts what a shop's robot URL and signing secret must not show to anyone reading the database
 * (a 企业微信 robot's `key=`, a 钉钉 robot's `access_token` and `SEC…` secret): AES-256-GCM with a
 * key derived (HKDF-SHA256) from the session secret, which every instance shares (docs/decisions.md).
 * Stored as "v1." + base64url(iv ‖ tag ‖ ciphertext).
 */
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { secrets } from "@/lib/config/server-config";

function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", secrets().authSecret, "aftersales-alert-channels", "robot url and secret v1", 32));
}

/** The sealed form of `plain`. */
export function seal(plain: string): string {
  const iv = randomBytes(12);
  const c = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([c.update(plain, "utf8"), c.final()]);
  return `v1.${Buffer.concat([iv, c.getAuthTag(), body]).toString("base64url")}`;
}

/** The plain text, or null when it cannot be opened (the session secret changed, or the value was altered). */
export function open(sealed: string): string | null {
  if (!sealed.startsWith("v1.")) return null;
  try {
    const raw = Buffer.from(sealed.slice(3), "base64url");
    const d = createDecipheriv("aes-256-gcm", key(), raw.subarray(0, 12));
    d.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([d.update(raw.subarray(28)), d.final()]).toString("utf8");
  } catch {
    return null;
  }
}

/** What the settings page shows of a URL: its host and path, the query's values replaced by their last 4 characters. */
export function urlHint(url: string): string {
  const u = new URL(url);
  const query = [...u.searchParams].map(([k, v]) => `${k}=…${v.slice(-4)}`).join("&");
  return `${u.protocol}//${u.host}${u.pathname}${query ? `?${query}` : ""}`;
}

/** What the settings page shows of a secret: its first 3 and last 4 characters. */
export function secretHint(secret: string): string {
  return secret.length <= 8 ? "…" : `${secret.slice(0, 3)}…${secret.slice(-4)}`;
}
