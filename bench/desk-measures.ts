/**
 * The operator's desk (issue 18 "Measured"): in Chromium, an operator clears pending requests of a
 * shop by keyboard only — j to the next row, the rules' recommended action by its key — each
 * decision made only once its row (state, outlook badges, the button naming the money) is fully on
 * screen, and counted as made once its confirmation shows (the undo bar for a held refund, a toast
 * otherwise). Reports the total time, the time per decision, and the queue rows fully visible at
 * 1440×900 and 390×844.
 */
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright";
import { CHROMIUM_LAUNCH } from "@/scripts/browser";
import { statsOf, type Result } from "./stats";

/** The key of each action the rules can recommend on a row (components/refunds/use-queue-keys). */
const KEY_OF: Record<string, string> = { approve: "a", intercept: "i", "confirm-receipt": "c" };
const DESK = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
/** Longer than any decision can honestly take: past it, the run stops and says which row hung. */
const DECISION_LIMIT_MS = 20_000;

export interface DeskAccount {
  email: string;
  password: string;
}

async function signedInPage(browser: Browser, url: string, account: DeskAccount, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const res = await context.request.post(`${url}/api/auth/sign-in/email`, { data: account, headers: { origin: url } });
  if (res.status() !== 200) throw new Error(`desk sign-in failed: ${res.status()} ${await res.text()}`);
  return context.newPage();
}

/** Queue rows whose whole box is inside the viewport. */
async function rowsVisible(page: Page): Promise<number> {
  return page.locator('[data-testid="queue-row"]').evaluateAll((els) => els.filter((e) => {
    const r = e.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
  }).length);
}

async function openQueue(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/refunds?tab=todo`);
  await page.locator("[data-queue-ready]").waitFor({ state: "attached", timeout: 60_000 });
  await page.locator('[data-testid="queue-row"]').first().waitFor({ timeout: 60_000 });
}

/**
 * The focused row, once it is wholly on screen with its recommended action: its id and the action;
 * a focused row with none (a refund already held for undo) answers `action: null`.
 */
async function focusedRow(page: Page): Promise<{ id: string; action: string | null }> {
  const handle = await page.waitForFunction(
    () => {
      const row = document.querySelector<HTMLElement>('[data-testid="queue-row"][aria-current="true"]');
      if (!row) return null;
      const box = row.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) return null;
      const button = row.querySelector<HTMLElement>("[data-recommended]");
      return { id: row.dataset.row ?? "", action: button?.dataset.recommended ?? null };
    },
    undefined,
    { timeout: DECISION_LIMIT_MS, polling: "raf" },
  );
  return (await handle.jsonValue()) as { id: string; action: string | null };
}

/** The decision on `id` confirmed on screen: in the undo bar (a held refund) or a success toast. */
async function confirmed(page: Page, id: string): Promise<void> {
  await page
    .locator('section[aria-label="即将退款"], [data-sonner-toast][data-type="success"]')
    .filter({ hasText: id })
    .first()
    .waitFor({ timeout: DECISION_LIMIT_MS })
    .catch(async () => {
      const toasts = await page.locator("[data-sonner-toast]").allInnerTexts();
      throw new Error(`desk: the decision on ${id} was not confirmed within ${DECISION_LIMIT_MS / 1000} s${toasts.length ? ` (on screen: ${toasts.join(" | ")})` : ""}`);
    });
}

/** Runs `decisions` keyboard decisions on the shop `account` works in; the figures for the results table. */
export async function measureDesk(url: string, account: DeskAccount, label: string, decisions: number): Promise<Result[]> {
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const phone = await signedInPage(browser, url, account, PHONE);
    await openQueue(phone, url);
    const phoneRows = await rowsVisible(phone);
    await phone.context().close();

    const page = await signedInPage(browser, url, account, DESK);
    const t0 = performance.now();
    await openQueue(page, url);
    const deskRows = await rowsVisible(page);
    await page.keyboard.press("j");
    const times: number[] = [];
    let skips = 0;
    while (times.length < decisions) {
      const started = performance.now();
      const row = await focusedRow(page).catch(async (e: Error) => {
        const state = await page.evaluate(() => {
          const rows = [...document.querySelectorAll<HTMLElement>('[data-testid="queue-row"]')];
          const i = rows.findIndex((r) => r.getAttribute("aria-current") === "true");
          const box = i >= 0 ? rows[i]!.getBoundingClientRect() : null;
          return { rows: rows.length, focused: i, top: box?.top, bottom: box?.bottom, innerHeight: window.innerHeight, active: document.activeElement?.outerHTML.slice(0, 120) };
        });
        throw new Error(`${e.message} after ${times.length} decisions; page: ${JSON.stringify(state)}`);
      });
      if (!row.action || !KEY_OF[row.action]) {
        // Already decided and held for undo (the focus came back to it at the end of the list): move on.
        if (++skips > decisions * 2) throw new Error(`desk: no row left to decide after ${times.length} decisions`);
        await page.keyboard.press("j");
        await page.waitForTimeout(50);
        continue;
      }
      await page.keyboard.press(KEY_OF[row.action]!);
      await confirmed(page, row.id).catch(async (e: Error) => {
        const shot = path.join(process.cwd(), ".data/reports/desk-failure.png");
        await page.screenshot({ path: shot }).catch(() => {});
        throw new Error(`${e.message} after ${times.length} decisions; the screen then: ${shot}`);
      });
      times.push(performance.now() - started);
    }
    const totalS = (performance.now() - t0) / 1000;
    await page.context().close();
    const section = "operator desk (keyboard only)";
    return [
      { section, name: `${decisions} decisions, page open → last one confirmed`, db: label, unit: "s", value: totalS, ...(decisions >= 50 ? { target: { stat: "value" as const, compare: "max" as const, limit: 120 } } : {}) },
      { section, name: "per decision: row on screen → decision confirmed", db: label, unit: "ms", stats: statsOf(times), target: { stat: "p95", compare: "max", limit: 1_500 } },
      { section, name: "queue rows fully visible at 1440×900", db: label, unit: "rows", value: deskRows, target: { stat: "value", compare: "min", limit: 12 } },
      { section, name: "queue rows fully visible at 390×844", db: label, unit: "rows", value: phoneRows },
    ];
  } finally {
    await browser.close();
  }
}
