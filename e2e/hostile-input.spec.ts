/**
 * Issue 16: buyer text with direction overrides stays inside its own isolate (<bdi>) on the queue
 * and the request page, and evidence images from hosts off the allow-list are named, not loaded.
 */
import { expect, test } from "@playwright/test";
import { newRequest, STATE } from "./fixtures";

test.use({ storageState: STATE.operator });

test("a right-to-left override in a nickname is isolated; evidence from an unlisted host is not loaded", async ({ page, request }) => {
  const nickname = "\u202Eevil\u202C买家";
  const allowed = "https://p1.a.yximgs.com/evidence/a.jpg";
  const foreign = "https://tracker.example.org/pixel.jpg";
  const id = await newRequest(request, { nickname, evidence: [allowed, foreign] });
  await page.goto(`/refunds/${id}`);
  await expect(page.locator("bdi", { hasText: "买家" }).first()).toBeVisible();
  expect(await page.locator(`img[src="${foreign}"]`).count()).toBe(0);
  await expect(page.getByText("tracker.example.org")).toBeVisible();
  expect(await page.locator(`img[src="${allowed}"]`).count()).toBe(1);
  await page.goto(`/refunds?q=${id}`);
  await expect(page.getByTestId("queue-row").locator("bdi", { hasText: "买家" })).toBeVisible();
});
