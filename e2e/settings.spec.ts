import { expect, test } from "@playwright/test";
import { expectAccessible, newRequest, STATE, watchConsole } from "./fixtures";

test.describe("manager settings", () => {
  test.use({ storageState: STATE.manager });

  test("a manager creates an auto-approval rule, previews it, and sees it approve a new request from the feed", async ({ page, request }) => {
    const noErrors = watchConsole(page);
    await page.goto("/settings/rules");
    await expect(page.getByRole("heading", { level: 1, name: "设置" })).toBeVisible();
    await page.getByRole("button", { name: "新建规则" }).click();
    const dialog = page.getByRole("dialog", { name: "新建自动确认规则" });
    // A unique ceiling keeps this rule from touching the other journeys' requests.
    const name = `E2E 小额秒退 ${Date.now().toString(36)}`;
    await dialog.getByLabel("规则名称").fill(name);
    await dialog.getByLabel("金额上限（元）").fill("12.34");
    await dialog.getByRole("button", { name: "预览效果" }).click();
    await expect(dialog.getByTestId("rule-preview")).toContainText("此规则会立即同意");
    await expect(dialog.getByTestId("rule-preview")).toContainText("同期品退率");
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "保存规则" }).click();
    await expect(page.getByText("规则已创建")).toBeVisible();
    const item = page.getByRole("listitem").filter({ hasText: name });
    await expect(item).toContainText("仅退款 · 品质问题 · 免考核类目 · 金额 ≤ ¥12.34");
    await expect(item).toContainText("已自动同意 0 个申请");

    const matching = await newRequest(request, { amount: 1_234 });
    const waiting = await newRequest(request, { amount: 1_235 });
    await page.goto(`/refunds/${matching}`);
    await expect(page.getByRole("heading", { level: 1 }).locator("..")).toContainText("退款成功");
    await expect(page.getByText(name).first()).toBeVisible();
    await page.goto(`/refunds/${waiting}`);
    await expect(page.getByRole("heading", { level: 1 }).locator("..")).toContainText("待商家处理");

    await page.goto("/settings/rules");
    await expect(item).toContainText("已自动同意 1 个申请，其中 1 单保持免考核");
    // Off again, so no later journey meets it.
    await item.getByRole("button", { name: `停用 ${name}` }).click();
    await expect(page.getByText("规则已停用")).toBeVisible();
    await expect(item).toContainText("已停用");
    await page.goto("/settings/audit?kind=rule");
    await expect(page.getByTestId("audit-row").first()).toContainText(`停用规则“${name}”`);
    noErrors();
  });

  test("a token is shown once, works on the merchant API, and gets 401 at once when revoked", async ({ page, request }) => {
    await page.goto("/settings/tokens");
    await page.getByRole("button", { name: "创建令牌" }).click();
    const name = `ERP ${Date.now().toString(36)}`;
    const dialog = page.getByRole("dialog", { name: "创建 API 令牌" });
    await dialog.getByLabel("名称").fill(name);
    await dialog.getByRole("button", { name: "创建" }).click();
    const token = (await page.getByTestId("new-token").textContent())!.trim();
    expect(token).toMatch(/^asd_/);
    await page.getByRole("button", { name: "我已保存" }).click();
    const api = () => request.get("/api/v1/refunds?limit=1", { headers: { authorization: `Bearer ${token}` } });
    expect((await api()).status()).toBe(200);
    await page.reload();
    const row = page.getByRole("row").filter({ hasText: name });
    await expect(row).not.toContainText("—"); // last used is shown
    await row.getByRole("button", { name: `撤销 ${name}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "撤销" }).click();
    await expect(page.getByText("令牌已撤销")).toBeVisible();
    expect((await api()).status()).toBe(401);
    await expectAccessible(page);
  });

  test("the exemption list takes a category with its date and a required note; users and audit pages render; the return address reaches return requests", async ({ page, request }) => {
    await page.goto("/settings/exemptions");
    await expect(page.getByRole("region", { name: "售后好服务免考核类目" })).toContainText("水果");
    await page.getByRole("button", { name: "添加类目" }).click();
    const dialog = page.getByRole("dialog", { name: "添加免考核类目" });
    const code = String(70_000 + Math.floor(Math.random() * 9_999));
    await dialog.getByLabel("二级类目编码").fill(code);
    await dialog.getByLabel("类目名称").fill("测试类目");
    await dialog.getByRole("button", { name: "保存" }).click();
    await expect(dialog.getByRole("alert").filter({ hasText: "必填" })).toHaveText("必填");
    await dialog.getByLabel("修改依据（必填）").fill("E2E：平台公告新增");
    await dialog.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText(/名单已更新/)).toBeVisible();
    await expect(page.getByRole("row").filter({ hasText: `(${code})` })).toContainText("E2E：平台公告新增");
    await expectAccessible(page);

    await page.goto("/settings/users");
    await expect(page.getByRole("row").filter({ hasText: "operator@demo.shop" })).toContainText("正常");
    await expectAccessible(page);
    await page.goto("/settings/audit?kind=exempt-list");
    await expect(page.getByTestId("audit-row").first()).toContainText(`添加类目 ${code}`);
    await expectAccessible(page);
    // The shop's return address is what a return request shows before and after approval.
    const returnId = await newRequest(request, { type: "RETURN_REFUND", reason: "DAMAGED" });
    await page.goto(`/refunds/${returnId}`);
    await expect(page.getByRole("region", { name: "同意后，买家将把商品寄回：" })).toContainText("浙江省杭州市余杭区鲜果路 88 号");
    await page.goto("/settings");
    await expect(page.getByLabel("退货地址")).toHaveValue(/鲜果路 88 号/);
    await page.getByLabel("品退率警戒线").fill("abc");
    await page.getByRole("button", { name: "保存" }).click();
    await expect(page.getByText("请输入 0.01 到 100 之间的百分比")).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("operators and settings", () => {
  test.use({ storageState: STATE.operator });

  test("an operator is sent back from every settings page and refused the settings reads", async ({ page }) => {
    for (const path of ["/settings", "/settings/rules", "/settings/exemptions", "/settings/users", "/settings/tokens", "/settings/audit"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/refunds\?forbidden=1/);
    }
    await expect(page.getByRole("alert").filter({ hasText: "只有店长" })).toBeVisible();
    await expect(page.getByRole("link", { name: "设置" })).toHaveCount(0);
    const preview = await page.request.get(`/settings/rules/preview?conditions=${encodeURIComponent(JSON.stringify({ types: [], reasons: [], reasonClasses: [], categoryCodes: [], exemptCategoryOnly: false, maxAmount: null, orderStages: [], qualityBuyerOnly: false }))}`);
    expect(preview.status()).toBe(403);
  });
});
