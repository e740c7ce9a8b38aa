import { expect, test } from "@playwright/test";
import { expectAccessible, STATE } from "./fixtures";

test.use({ storageState: STATE.operator, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("at 390 px the queue shows cards and a bottom navigation, without horizontal scrolling", async ({ page }) => {
  await page.goto("/refunds");
  await expect(page.getByRole("heading", { name: "售后工作台" })).toBeVisible();
  await expect(page.getByRole("table")).toBeHidden();
  await expect(page.getByRole("listitem").filter({ hasText: "¥" }).first()).toBeVisible();
  const nav = page.getByRole("navigation", { name: "主导航" }).last();
  await expect(nav).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await nav.getByRole("link", { name: "品退率" }).click();
  await expect(page.getByRole("heading", { name: "品退率", level: 1 })).toBeVisible();
  await expectAccessible(page);
});
