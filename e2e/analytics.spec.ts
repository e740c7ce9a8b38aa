import { expect, test } from "@playwright/test";
import { expectAccessible, STATE, watchConsole } from "./fixtures";

test.use({ storageState: STATE.manager });

test("the quality chart renders with data, shaded provisional days and the threshold", async ({ page }) => {
  const noErrors = watchConsole(page);
  await page.goto("/analytics?days=90");
  await expect(page.getByRole("heading", { name: "品退率", level: 1 })).toBeVisible();
  const chart = page.getByRole("img", { name: /每日计入品退与免考核订单数/ });
  await expect(chart).toBeVisible();
  // Recharts drew bars (counted and exempted) and the two rate lines.
  await expect(chart.locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(chart.locator(".recharts-line")).toHaveCount(2);
  await expect(chart.getByText(/店铺阈值/)).toBeVisible();
  await expect(page.getByText("灰色背景：支付未满 14 天的日期")).toBeVisible();
  await expect(page.getByText(/免考核为店铺降低了 \d+\.\d\d 个百分点/)).toBeVisible();
  await page.getByText("品退率怎么算？").click();
  await expect(page.getByText(/分母：支付后 14 天内签收的订单/)).toBeVisible();
  await expect(page.getByRole("region", { name: "按类目" }).getByText("免考核类目").first()).toBeVisible();
  await expectAccessible(page);
  noErrors();
});

test("a day's drill-down lists its orders with their place and blockers, and the CSV has the same counts", async ({ page }) => {
  await page.goto("/analytics?days=90");
  // The oldest day with counted orders: final figures, not provisional.
  const dayLink = page.getByRole("region", { name: "品退率" }).getByRole("link").last();
  const day = (await dayLink.textContent())!.trim();
  await dayLink.click();
  await expect(page).toHaveURL(new RegExp(`/analytics/orders\\?day=${day}`));
  await expect(page.getByRole("heading", { name: `${day} 支付的订单` })).toBeVisible();
  // All orders of the day, then only the counted ones with why they are not exempt.
  await page.getByRole("link", { name: /^计入品退 \d+$/ }).click();
  await expect(page).toHaveURL(/place=counted/);
  await expect(page.getByRole("link", { name: /^计入品退 \d+$/ })).toHaveAttribute("aria-current", "page");
  const countText = await page.getByTestId("drill-count").textContent();
  const counted = Number(/共 (\d+) 笔订单/.exec(countText ?? "")?.[1]);
  if (counted > 0) {
    await expect(page.getByTestId("drill-row").first()).toContainText("计入品退");
    await expect(page.getByTestId("drill-row").first().getByRole("listitem").first()).toBeVisible();
  }
  await expectAccessible(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "导出 CSV" }).click()]);
  const csv = await (await download.createReadStream()).toArray();
  const lines = Buffer.concat(csv).toString("utf8").replace(/^\uFEFF/, "").trim().split("\r\n");
  expect(lines[0]).toContain("订单号");
  expect(lines.length - 1).toBe(counted);
  // The whole day: the CSV of "全部订单" matches that tab's count too.
  await page.getByRole("link", { name: /^全部订单 \d+$/ }).click();
  await expect(page).toHaveURL(/place=all/);
  await expect(page.getByRole("link", { name: /^全部订单 \d+$/ })).toHaveAttribute("aria-current", "page");
  const all = Number(/共 (\d+) 笔订单/.exec((await page.getByTestId("drill-count").textContent()) ?? "")?.[1]);
  const res = await page.request.get(`/analytics/orders/export?day=${day}&place=all`);
  expect(res.status()).toBe(200);
  expect((await res.text()).trim().split("\r\n").length - 1).toBe(all);
});

test("the service page shows weekly figures and the fast-refund lists", async ({ page }) => {
  const noErrors = watchConsole(page);
  await page.goto("/service");
  await expect(page.getByRole("heading", { name: "服务", level: 1 })).toBeVisible();
  await expect(page.getByRole("region", { name: "每周服务指标" })).toBeVisible();
  await expect(page.getByTestId("exposed-summary")).toContainText(/共 \d+ 笔订单/);
  await expect(page.getByTestId("leaked-summary")).toContainText(/共 \d+ 笔订单/);
  await expectAccessible(page);
  noErrors();
});

test("an invalid range says so and shows the default", async ({ page }) => {
  await page.goto("/analytics?from=2026-13-01&to=2026-01-01");
  await expect(page.getByRole("status")).toContainText("日期范围无效");
  await page.goto("/analytics/orders?day=not-a-day");
  await expect(page.getByRole("status")).toContainText("请从品退率页面选择");
});
