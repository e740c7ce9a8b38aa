import { expect, test } from "@playwright/test";
import { expectAccessible, STATE, watchConsole } from "./fixtures";

test.use({ storageState: STATE.manager });

test("on 7 days every card says its days are provisional, with labels that cannot be misread", async ({ page }) => {
  const noErrors = watchConsole(page);
  await page.goto("/analytics?days=7");
  const cards = page.getByTestId("quality-summary");
  await expect(cards.getByText("计入考核的品退率")).toBeVisible();
  await expect(cards.getByText("若无免考核的品退率")).toBeVisible();
  await expect(cards.getByText(/^店铺阈值 \d+\.\d\d%$/)).toBeVisible();
  // Five cards, each with its marker: every day of the last 7 is less than 14 days old.
  await expect(cards.getByText("7 天中 7 天未定")).toHaveCount(5);
  await expect(page.getByRole("heading", { name: /每日品退率/ })).toContainText("7 天中 7 天未定");
  // The chart: labelled axes and the threshold in the legend, above the plot.
  const chart = page.getByRole("img", { name: /每日计入品退与免考核订单数/ });
  await expect(chart.getByText("支付日")).toBeVisible();
  await expect(chart.getByText("品退率（%）")).toBeVisible();
  await expect(chart.getByRole("listitem").filter({ hasText: /店铺阈值/ })).toBeVisible();
  await expectAccessible(page);
  noErrors();
});

test("a drill-down row opens the order's requests, and back keeps the range", async ({ page }) => {
  await page.goto("/analytics?days=90");
  const dayLink = page.getByRole("region", { name: "品退率" }).getByRole("link").last();
  const day = (await dayLink.textContent())!.trim();
  await dayLink.click();
  await expect(page).toHaveURL(new RegExp(`/analytics/orders\\?day=${day}&days=90`));
  // Orders with a quality refund: each has requests in the queue.
  await page.getByRole("link", { name: /^品质退款（分子） \d+$/ }).click();
  await expect(page).toHaveURL(/place=numerator/);
  await expect(page.getByRole("link", { name: "← 返回品退率" })).toHaveAttribute("href", "/analytics?days=90");
  const first = page.getByTestId("drill-row").first().getByRole("link", { name: /^查看订单 .+ 的售后单$/ });
  const name = (await first.getAttribute("aria-label"))!;
  const orderId = /查看订单 (.+) 的售后单/.exec(name)![1]!;
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/refunds\\?tab=all&q=${orderId}`));
  await expect(page.getByTestId("queue-row").first()).toBeVisible();
  await expect(page.getByRole("textbox", { name: "订单号或售后单号" })).toHaveValue(orderId);
  await page.goBack();
  await page.getByRole("link", { name: "← 返回品退率" }).click();
  await expect(page).toHaveURL(/\/analytics\?days=90$/);
  await expect(page.getByRole("link", { name: "近 90 天" })).toHaveAttribute("aria-current", "page");
});
