import { expect, test } from "@playwright/test";
import { expectAccessible, newRequest, STATE, watchConsole } from "./fixtures";

test.use({ storageState: STATE.manager });

test("a manager keeps a rejection template, and it fills a rejection with the order's id and amount", async ({ page, request }) => {
  const noErrors = watchConsole(page);
  const title = `核实完好 ${Date.now().toString(36)}`;
  await page.goto("/settings/templates");
  await page.getByRole("button", { name: "新建常用语" }).click();
  const editor = page.getByRole("dialog", { name: "新建常用语" });
  await editor.getByLabel("拒绝原因").selectOption({ label: "其他" });
  await editor.getByLabel("名称").fill(title);
  await editor.getByLabel("内容").fill("订单 ");
  await editor.getByRole("button", { name: "订单号" }).click();
  await editor.getByLabel("内容").press("End");
  await editor.getByLabel("内容").pressSequentially(" 的商品经核实完好，已与买家沟通一致，申请金额 {amount} 不予退款。");
  await editor.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("常用语已创建")).toBeVisible();
  await expect(page.getByRole("region", { name: "拒绝说明" })).toContainText(title);
  await expectAccessible(page);

  const id = await newRequest(request, { amount: 4_200 });
  await page.goto(`/refunds/${id}`);
  const orderId = `O${id.slice(1)}`;
  await page.getByRole("button", { name: "拒绝" }).click();
  const dialog = page.getByRole("dialog", { name: "拒绝售后申请" });
  await dialog.getByLabel("拒绝理由").selectOption({ label: "其他" });
  await dialog.getByLabel("使用常用语").selectOption({ label: title });
  await expect(dialog.getByLabel("拒绝说明")).toHaveValue(`订单 ${orderId} 的商品经核实完好，已与买家沟通一致，申请金额 ¥42.00 不予退款。`);
  await expect(dialog.getByRole("status").filter({ hasText: "已填入常用语" })).toBeVisible();
  await dialog.getByRole("button", { name: "确认拒绝" }).click();
  await expect(page.getByText(`已拒绝 ${id}`)).toBeVisible();
  await expect(page.getByText(`订单 ${orderId} 的商品经核实完好`).first()).toBeVisible();
  noErrors();
});
