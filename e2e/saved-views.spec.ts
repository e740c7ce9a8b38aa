import { expect, test } from "@playwright/test";
import { expectAccessible, STATE } from "./fixtures";

test.use({ storageState: STATE.operator });

// No console watch here: the queue's countdowns hydrate with the browser's clock (components/refunds/
// queue-view.tsx useNow), so a page of many rows whose render and hydration straddle a minute logs a
// React text mismatch now and then — the queue's code, not the views'.
test("filter by category name, save the view shared with the shop, open it again, remove a chip", async ({ page }) => {
  await page.goto("/refunds?tab=all");
  await page.getByText("更多筛选").click();
  await page.getByLabel("类型").selectOption({ label: "仅退款" });
  await page.getByLabel(/^类目/).selectOption({ label: "水果" });
  await page.getByRole("search").getByRole("button", { name: "筛选" }).last().click();
  await expect(page).toHaveURL(/type=REFUND_ONLY/);
  await expect(page).toHaveURL(/category=3814/);
  const chips = page.getByRole("list", { name: "当前筛选" });
  await expect(chips).toContainText("类型：仅退款");
  await expect(chips).toContainText("类目：水果");

  const name = `仅退款水果 ${Date.now().toString(36)}`;
  await page.getByRole("button", { name: "保存当前视图" }).click();
  const dialog = page.getByRole("dialog", { name: "保存当前视图" });
  await dialog.getByLabel("视图名称").fill(name);
  await dialog.getByLabel("与店铺所有成员共享").check();
  await dialog.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("视图已保存")).toBeVisible();
  const views = page.getByRole("navigation", { name: "视图" });
  await expect(views.getByRole("link", { name: new RegExp(name) })).toHaveAttribute("aria-current", "page");

  await page.goto("/refunds?tab=todo");
  await views.getByRole("link", { name: new RegExp(name) }).click();
  await expect(page).toHaveURL(/tab=all&type=REFUND_ONLY&category=3814/);
  await expectAccessible(page);
  await chips.getByRole("link", { name: "去掉筛选：类型" }).click();
  await expect(page).not.toHaveURL(/type=/);
  await expect(page).toHaveURL(/category=3814/);
  await expect(chips).not.toContainText("类型：仅退款");

  await page.getByRole("button", { name: `删除视图 ${name}` }).click();
  await expect(page.getByText("视图已删除")).toBeVisible();
  await expect(views.getByRole("link", { name: new RegExp(name) })).toHaveCount(0);
});
