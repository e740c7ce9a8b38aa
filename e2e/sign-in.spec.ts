import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectAccessible, signIn, STATE, watchConsole } from "./fixtures";

test.describe("sign-in journey", () => {
  test("the demo operator signs in and sees the Chinese shell with the demo shop's requests", async ({ page }) => {
    const noErrors = watchConsole(page);
    await signIn(page, "operator");
    await expect(page.getByRole("heading", { name: "售后工作台" })).toBeVisible();
    await expect(page.getByText("鲜果花园旗舰店").first()).toBeVisible();
    await expect(page.getByTestId("user-role")).toHaveText("客服");
    await expect(page.getByRole("table").getByRole("row")).not.toHaveCount(1);
    // Operators are not offered the manager's settings.
    await expect(page.getByRole("link", { name: "设置" })).toHaveCount(0);
    await expectAccessible(page);
    noErrors();
  });

  test("a wrong password shows a clear message and stays on sign-in", async ({ page }) => {
    await page.goto("/login");
    await expectAccessible(page);
    await page.getByLabel("邮箱").fill(ACCOUNTS.operator.email);
    await page.getByLabel("密码").fill("not-the-password");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "邮箱" })).toHaveText("邮箱或密码错误，请重新输入");
    await expect(page).toHaveURL(/\/login/);
    // The password is never echoed back into the page.
    await expect(page.getByLabel("密码")).toHaveValue("");
  });

  test("sign-out returns to sign-in, and the dashboard is closed again", async ({ page }) => {
    await signIn(page, "operator");
    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/refunds");
    await expect(page).toHaveURL(/\/login/);
  });
});

test.describe("roles", () => {
  test.use({ storageState: STATE.manager });
  test("the manager's role is shown and settings are offered", async ({ page }) => {
    await page.goto("/refunds");
    await expect(page.getByTestId("user-role")).toHaveText("店长");
    await page.getByRole("link", { name: "设置" }).first().click();
    await expect(page.getByRole("heading", { name: "设置", level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "店铺信息", level: 2 })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("an operator cannot open settings", () => {
  test.use({ storageState: STATE.operator });
  test("settings redirects an operator back to the queue", async ({ page }) => {
    await page.goto("/settings");
    await expect(page).toHaveURL(/\/refunds/);
  });
});

test.describe("signed out", () => {
  for (const url of ["/", "/refunds", "/refunds?tab=all", "/analytics", "/settings"]) {
    test(`${url} redirects to sign-in`, async ({ page }) => {
      await page.goto(url);
      await expect(page).toHaveURL(/\/login$/);
      await expect(page.getByRole("heading", { name: "登录售后工作台" })).toBeVisible();
    });
  }
});
