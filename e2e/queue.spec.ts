import { expect, test, type Page } from "@playwright/test";
import { DEMO_SHOP_ID } from "../lib/demo/seed";
import { expectAccessible, feed, newRequest, STATE, watchConsole } from "./fixtures";

test.use({ storageState: STATE.operator });

const row = (page: Page, id: string) => page.getByTestId("queue-row").filter({ hasText: id });
const openQueue = (page: Page, id: string, tab = "all") => page.goto(`/refunds?tab=${tab}&q=${id}`);

test("approve a refund-only request from the queue: the button names the money, the refund is held 5 s, then sent", async ({ page, request }) => {
  const noErrors = watchConsole(page);
  const id = await newRequest(request);
  await openQueue(page, id, "todo");
  await expect(row(page, id)).toContainText("待商家处理");
  await expect(row(page, id)).toContainText("到期自动同意退款");
  await expect(row(page, id)).toContainText("保持免考核");
  // The recommended action, with its reason.
  const approve = row(page, id).getByRole("button", { name: "同意退款 ¥50.00" });
  await expect(approve).toHaveAccessibleDescription(/保持售后好服务免考核/);
  await approve.click();
  const held = page.getByRole("region", { name: "即将退款" });
  await expect(held).toContainText(`将向买家退款 ¥50.00（${id}）`);
  // When the window closes the operator is told the amount that moved.
  await expect(page.getByText(`已退款 ¥50.00（${id}）`)).toBeVisible({ timeout: 12_000 });
  await expect(held).toBeHidden();
  await page.goto(`/refunds?tab=done&q=${id}`);
  await expect(row(page, id)).toContainText("退款成功 ¥50.00");
  await expect(row(page, id)).toContainText("商家处理");
  await expectAccessible(page);
  noErrors();
});

test("undo inside the window: nothing is refunded; the audit log names the money", async ({ page, request }) => {
  const id = await newRequest(request, { amount: 2_490 });
  await openQueue(page, id, "todo");
  await row(page, id).getByRole("button", { name: "同意退款 ¥24.90" }).click();
  await page.getByRole("region", { name: "即将退款" }).getByRole("button", { name: `撤销 ${id} 的退款` }).click();
  await expect(page.getByText(`已撤销 ${id}，没有退款`)).toBeVisible();
  await page.waitForTimeout(6_500);
  await page.goto(`/refunds/${id}`);
  await expect(page.getByRole("heading", { level: 1 }).locator("..")).toContainText("待商家处理");
  await expect(page.getByText("退款成功")).toHaveCount(0);
});

test("a held refund the buyer cancels inside the window is not paid, and the operator is told why", async ({ page, request }) => {
  const id = await newRequest(request, { amount: 3_120 });
  await openQueue(page, id, "todo");
  await row(page, id).getByRole("button", { name: "同意退款 ¥31.20" }).click();
  await expect(page.getByRole("region", { name: "即将退款" })).toContainText(id);
  await feed(request, [{ eventId: `${id}-cancel`, type: "BUYER_CANCELLED", occurredAt: new Date().toISOString(), shopId: DEMO_SHOP_ID, data: { refundId: id } }]);
  await expect(page.getByText(new RegExp(`^${id} 没有退款：`))).toBeVisible({ timeout: 12_000 });
  await page.goto(`/refunds/${id}`);
  await expect(page.getByText("退款成功")).toHaveCount(0);
});

test("reject with a reason after the exemption warning, and find it under 已拒绝", async ({ page, request }) => {
  const id = await newRequest(request);
  await page.goto(`/refunds/${id}`);
  await page.getByRole("button", { name: "拒绝" }).click();
  const dialog = page.getByRole("dialog", { name: "拒绝售后申请" });
  await expect(dialog.getByRole("alert")).toContainText("失去售后好服务免考核");
  await expect(dialog.getByRole("alert")).toContainText("个百分点");
  await dialog.getByLabel("拒绝理由").selectOption({ label: "其他" });
  await dialog.getByLabel("拒绝说明").fill("太短");
  await expect(dialog.getByRole("button", { name: "确认拒绝" })).toBeDisabled();
  await dialog.getByLabel("拒绝说明").fill("商品完好无损，已与买家电话沟通一致，买家同意撤销退款申请");
  // Evidence: a text file is refused, a PNG is attached.
  const picker = dialog.getByLabel(/凭证图片/);
  await picker.setInputFiles({ name: "note.png", mimeType: "image/png", buffer: Buffer.from("not an image") });
  await expect(dialog.getByText("只能上传 PNG、JPEG 或 WebP 图片")).toBeVisible();
  await picker.setInputFiles({ name: "proof.png", mimeType: "image/png", buffer: Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64") });
  await expect(dialog.getByRole("img", { name: "凭证图片 1" })).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "确认拒绝" }).click();
  await expect(page.getByText(`已拒绝 ${id}`)).toBeVisible();
  await expect(page.getByRole("list", { name: "店铺拒绝凭证" }).getByRole("img")).toHaveCount(1);
  await page.goto(`/refunds?tab=disputes&q=${id}`);
  await expect(row(page, id)).toContainText("已拒绝");
  // The outlook follows the state: after a rejection, what a later refund would cost.
  await expect(row(page, id)).toContainText(/已拒绝：若之后退款将计入 \+\d+\.\d{2}/);
});

test("intercept a shipped, unsigned request (no 拒绝 offered), then confirm receipt after the interception", async ({ page, request }) => {
  const id = await newRequest(request, { shipped: true, signed: false, reason: "NOT_RECEIVED" });
  await page.goto(`/refunds/${id}`);
  // Only the actions possible now: reject is not offered while the parcel is on its way.
  await expect(page.getByRole("button", { name: "拒绝" })).toHaveCount(0);
  await expect(page.getByText("接下来：等待你拦截快递或同意退款")).toBeVisible();
  await expect(page.getByText("系统已创建拦截任务，待商家拦截")).toBeVisible();
  await page.getByRole("button", { name: "拦截快递" }).click();
  await expect(page.getByText(`已发起拦截 ${id}`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 }).locator("..")).toContainText("拦截中");
  await expect(page.getByText("接下来：等待快递拦截结果")).toBeVisible();
  await feed(request, [{ eventId: `${id}-intercepted`, type: "INTERCEPT_RESULT", occurredAt: new Date().toISOString(), shopId: DEMO_SHOP_ID, data: { refundId: id, outcome: "INTERCEPTED" } }]);
  await page.reload();
  await page.getByRole("button", { name: "确认收货并退款 ¥50.00" }).click();
  await page.getByRole("button", { name: "立即执行" }).click();
  await expect(page.getByText(`已退款 ¥50.00（${id}）`)).toBeVisible();
  await expect(page.getByTestId("timeline")).toContainText("退款成功");
  await expect(page.getByTestId("timeline").locator('[data-action="confirm-receipt"]')).toContainText("¥50.00");
});

test("offer a partial refund", async ({ page, request }) => {
  const id = await newRequest(request, { amount: 8_000 });
  await page.goto(`/refunds/${id}`);
  await page.getByRole("button", { name: "协商部分退款" }).click();
  const dialog = page.getByRole("dialog", { name: "协商部分退款" });
  await dialog.getByLabel("退款金额（元）").fill("80");
  await expect(dialog.getByText(/金额需在/)).toBeVisible();
  // Never rounded silently: three decimals are refused, said next to the field.
  await dialog.getByLabel("退款金额（元）").fill("10.555");
  await expect(dialog.getByText("金额最多两位小数（例如 10.55）")).toBeVisible();
  await expect(dialog.getByRole("button", { name: "发出协商" })).toBeDisabled();
  // Not a number at all is said so, not as a decimals problem.
  await dialog.getByLabel("退款金额（元）").fill("-5");
  await expect(dialog.getByText("请输入金额，例如 12.50")).toBeVisible();
  // A full-width amount from a Chinese keyboard is the same amount.
  await dialog.getByLabel("退款金额（元）").fill("３０.５");
  await expect(dialog.getByRole("button", { name: "发出协商" })).toBeEnabled();
  await dialog.getByRole("button", { name: "发出协商" }).click();
  await expect(page.getByText(`已发出部分退款协商 ${id}`)).toBeVisible();
  // The offered amount is on the header and on the timeline entry that proposed it.
  await expect(page.getByRole("heading", { level: 1 }).locator("..")).toContainText("协商 ¥30.50");
  await expect(page.getByTestId("timeline").locator('[data-action="offer"]')).toContainText("¥30.50");
  await expect(page.getByText("接下来：等待买家回复协商")).toBeVisible();
  // Waiting for the buyer: the request left 待我处理 for 等买家·快递, showing the offer.
  await openQueue(page, id, "waiting");
  await expect(row(page, id)).toContainText("协商 ¥30.50");
  await expect(page.getByRole("link", { name: /等买家·快递/ })).toHaveAttribute("aria-current", "page");
});

test("a searched id opens the tab that holds it", async ({ page, request }) => {
  const id = await newRequest(request);
  await page.goto(`/refunds?tab=done&q=${id}`);
  await expect(page).toHaveURL(/tab=todo/);
  await expect(row(page, id)).toBeVisible();
});

test("bulk approve: a result per row, one refused, and retry of the failed one only", async ({ page, context, request }) => {
  const a = await newRequest(request);
  const b = await newRequest(request);
  await page.goto(`/refunds?tab=todo&buyer=测试买家`);
  await row(page, a).getByRole("checkbox").check();
  await row(page, b).getByRole("checkbox").check();
  // Someone else approves b first: the bulk run meets a newer version for it.
  const other = await context.newPage();
  await other.goto(`/refunds/${b}`);
  await other.getByRole("button", { name: "同意退款 ¥50.00" }).click();
  await other.getByRole("button", { name: "立即执行" }).click();
  await expect(other.getByText(`已退款 ¥50.00（${b}）`)).toBeVisible();
  await page.getByRole("button", { name: /批量同意/ }).click();
  const dialog = page.getByRole("dialog", { name: "批量同意" });
  await expect(dialog.getByTestId("bulk-row")).toHaveCount(2);
  // b is on a stale version: the preview still counts it (the server decides); both are ¥50.00.
  await dialog.getByRole("button", { name: "同意 2 单 · ¥100.00" }).click();
  await expect(dialog.getByTestId("bulk-row").filter({ hasText: a })).toContainText("已同意");
  await expect(dialog.getByTestId("bulk-row").filter({ hasText: a })).toContainText("测试芒果");
  await expect(dialog.getByTestId("bulk-row").filter({ hasText: b })).toContainText("未执行");
  await expect(dialog.getByTestId("bulk-row").filter({ hasText: b })).toContainText("已被");
  // b was refunded by someone else: re-read, it can never succeed, so no retry is offered.
  await expect(dialog.getByRole("button", { name: /重试/ })).toHaveCount(0);
});

test("bulk approve sends only what the rules recommend approving: a parcel in transit is left out, a return pays nothing yet", async ({ page, request }) => {
  const travelling = await newRequest(request, { signed: false, amount: 6_800 });
  const ret = await newRequest(request, { type: "RETURN_REFUND", amount: 4_500 });
  const plain = await newRequest(request, { amount: 2_000 });
  await page.goto(`/refunds?tab=todo&buyer=测试买家`);
  for (const id of [travelling, ret, plain]) await row(page, id).getByRole("checkbox").check();
  await page.getByRole("button", { name: /批量同意/ }).click();
  const dialog = page.getByRole("dialog", { name: "批量同意" });
  await expect(dialog.getByTestId("bulk-row").filter({ hasText: travelling })).toContainText("不发送");
  await expect(dialog.getByTestId("bulk-row").filter({ hasText: travelling })).toContainText("包裹尚未签收");
  await expect(dialog.getByTestId("bulk-row").filter({ hasText: ret })).toContainText("同意退货，暂不退款");
  await expect(dialog.getByTestId("bulk-row").filter({ hasText: plain })).toContainText("退款 ¥20.00");
  await dialog.getByRole("button", { name: "同意 2 单 · ¥20.00" }).click();
  await expect(page.getByText("完成 2 单，失败 0 单，未发送 1 单")).toBeVisible();
  await page.goto(`/refunds/${travelling}`);
  await expect(page.getByRole("heading", { level: 1 }).locator("..")).toContainText("待拦截");
});

test("two operators act on one request: the second sees the conflict and it changes once", async ({ browser, request }) => {
  const id = await newRequest(request);
  const one = await browser.newContext({ storageState: STATE.operator });
  const two = await browser.newContext({ storageState: STATE.manager });
  const p1 = await one.newPage();
  const p2 = await two.newPage();
  await p1.goto(`/refunds/${id}`);
  await p2.goto(`/refunds/${id}`);
  await p1.getByRole("button", { name: "同意退款 ¥50.00" }).click();
  await p1.getByRole("button", { name: "立即执行" }).click();
  await expect(p1.getByText(`已退款 ¥50.00（${id}）`)).toBeVisible();
  await p2.getByRole("button", { name: "同意退款 ¥50.00" }).click();
  const alert = p2.getByRole("alert").filter({ hasText: "已被" });
  await expect(alert).toContainText("退款成功");
  await alert.getByRole("button", { name: "重新加载" }).click();
  await expect(p2.getByTestId("timeline").getByText("待商家处理 → 退款成功")).toHaveCount(1);
  await one.close();
  await two.close();
});

test("keyboard: j moves to a request and a approves it; ? shows the keys", async ({ page, request }) => {
  const id = await newRequest(request, { amount: 12_345 });
  const next = await newRequest(request, { amount: 12_345 });
  await page.goto(`/refunds?tab=todo&amountMin=123.45&amountMax=123.45&buyer=测试买家`);
  await expect(page.locator("[data-queue-ready]")).toBeAttached();
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "键盘快捷键" })).toBeVisible();
  await page.keyboard.press("Escape");
  await page.keyboard.press("j");
  await expect(row(page, id)).toHaveAttribute("aria-current", "true");
  // r on a request that cannot be rejected explains why, as every key does.
  await page.keyboard.press("i");
  await expect(page.getByText(/^拦截快递：/)).toBeVisible();
  await page.keyboard.press("a");
  await expect(page.getByRole("region", { name: "即将退款" })).toContainText(id);
  // The keyboard moved on to the next row; u undoes the refund just held.
  await expect(row(page, next)).toHaveAttribute("aria-current", "true");
  await page.keyboard.press("u");
  await expect(page.getByText(`已撤销 ${id}，没有退款`)).toBeVisible();
  await page.keyboard.press("/");
  await expect(page.getByLabel("订单号或售后单号")).toBeFocused();
});

test("keyboard: a moves to the next row at the key press, so a quick second a decides that row", async ({ page, request }) => {
  const id = await newRequest(request, { amount: 12_346 });
  const next = await newRequest(request, { amount: 12_346 });
  await page.goto(`/refunds?tab=todo&amountMin=123.46&amountMax=123.46&buyer=测试买家`);
  await expect(page.locator("[data-queue-ready]")).toBeAttached();
  await page.keyboard.press("j");
  await expect(row(page, id)).toHaveAttribute("aria-current", "true");
  // No wait between the two keys: the second must not land on the row just decided.
  await page.keyboard.press("a");
  await page.keyboard.press("a");
  const held = page.getByRole("region", { name: "即将退款" });
  await expect(held).toContainText(id);
  await expect(held).toContainText(next);
  await expect(page.getByText(/已被商家更新/)).toHaveCount(0);
});

test("a buyer description with HTML and script renders as plain text", async ({ page, request }) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const html = `<script>alert("x")</script><b>粗体</b><img src=x onerror="alert(1)">`;
  const id = await newRequest(request, { description: html });
  await page.goto(`/refunds/${id}`);
  await expect(page.getByText(html).first()).toBeVisible();
  expect(await page.locator("b", { hasText: "粗体" }).count()).toBe(0);
  expect(dialogs).toEqual([]);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test("the main journey at 390 px: find, open, approve", async ({ page, request }) => {
    const id = await newRequest(request);
    await openQueue(page, id, "todo");
    await expect(row(page, id)).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await row(page, id).getByRole("link", { name: "详情" }).click();
    await expect(page).toHaveURL(new RegExp(`/refunds/${id}`));
    const approve = page.getByRole("button", { name: "同意退款 ¥50.00" });
    await expect(approve).toBeInViewport();
    // Only what is possible now: no intercept or confirm-receipt button on a request in review.
    await expect(page.getByRole("button", { name: /拦截快递|确认收货/ })).toHaveCount(0);
    await approve.click();
    await expect(page.getByRole("status").filter({ hasText: "将向买家退款 ¥50.00" })).toBeVisible();
    await expectAccessible(page);
  });
});
