/**
 * How the browser tests and the bench launch Chromium: Debian's chromium when present (Playwright
 * cannot download its own on this machine, STACK.md), Playwright's own otherwise.
 */
import { existsSync } from "node:fs";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

export const CHROMIUM_LAUNCH = existsSync(DEBIAN_CHROMIUM)
  ? {
      executablePath: DEBIAN_CHROMIUM,
      args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    }
  : {};
