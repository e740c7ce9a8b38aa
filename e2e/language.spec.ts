import { expect, test } from "@playwright/test";
import { STATE } from "./fixtures";

test.use({ storageState: STATE.operator });

test("switches the whole interface to English and back to Chinese", async ({ page }) => {
  await page.goto("/refunds");
  await expect(page.getByRole("heading", { name: "售后工作台" })).toBeVisible();
  await page.getByRole("button", { name: /语言|Language/ }).click();
  await expect(page.getByRole("heading", { name: "Refund queue" })).toBeVisible();
  await expect(page.getByTestId("user-role")).toHaveText("Operator");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.goto("/analytics");
  await expect(page.getByRole("heading", { name: "Quality return rate", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: /Language/ }).click();
  await expect(page.getByRole("heading", { name: "品退率", level: 1 })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
});
