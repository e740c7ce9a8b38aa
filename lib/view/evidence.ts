/**
 * Which evidence images a page shows (issue 16): the shop's own uploads (served under
 * /refunds/evidence/) and https images from the allowed platform hosts (EVIDENCE_IMAGE_HOSTS,
 * `host` or `*.domain`). Any other link is named, never loaded — the page's CSP (img-src) would
 * block it anyway.
 */
export const OWN_EVIDENCE_PREFIX = "/refunds/evidence/";

/** Whether `host` is `pattern` or, for `*.domain`, a subdomain of it. */
export function hostMatches(host: string, pattern: string): boolean {
  const h = host.toLowerCase();
  const p = pattern.toLowerCase();
  return p.startsWith("*.") ? h.endsWith(p.slice(1)) && h.length > p.length - 1 : h === p;
}

/** The image's host when it may not be shown; null when it may (an own upload or an allowed https host). */
export function blockedEvidenceHost(src: string, allowedHosts: readonly string[]): string | null {
  if (src.startsWith(OWN_EVIDENCE_PREFIX)) return null;
  let url: URL;
  try {
    url = new URL(src);
  } catch {
    return src.slice(0, 80);
  }
  if (url.protocol === "https:" && allowedHosts.some((p) => hostMatches(url.hostname, p))) return null;
  return url.host;
}
