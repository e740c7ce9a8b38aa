import { expect, test } from "@playwright/test";
import { expectAccessible, STATE, watchConsole } from "./fixtures";

test.use({ storageState: STATE.manager });

test("到期提醒: a robot must be a 企业微信 or 钉钉 webhook; the page and the notification bell are there", async ({ page }) => {
  const noErrors = watchConsole(page);
  await page.goto("/settings/alerts");
  await expect(page.getByRole("heading", { name: "群机器人" })).toBeVisible();
  await expect(page.getByText("还没有群机器人")).toBeVisible();
  await expect(page.getByText("还没有发送过提醒。")).toBeVisible();
  await page.getByRole("button", { name: "添加群机器人" }).click();
  const dialog = page.getByRole("dialog", { name: "添加群机器人" });
  await dialog.getByLabel("钉钉").check();
  await dialog.getByLabel("名称").fill("店长群");
  await dialog.getByLabel("Webhook 地址").fill("https://example.com/robot/send?access_token=abc");
  await dialog.getByRole("button", { name: "保存" }).click();
  await expect(dialog.getByRole("alert")).toContainText("请粘贴群机器人的 Webhook 地址");
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "取消" }).click();
  // The header's bell: browser notifications, off until the user turns them on.
  await expect(page.getByRole("button", { name: /开启到期通知/ })).toBeVisible();
  noErrors();
});
