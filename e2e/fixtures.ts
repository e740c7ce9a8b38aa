import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../lib/demo/seed";

export const ACCOUNTS = DEMO_ACCOUNTS;
export const STATE = { operator: "e2e/.auth/operator.json", manager: "e2e/.auth/manager.json" } as const;

export async function signIn(page: Page, role: keyof typeof ACCOUNTS) {
  await page.goto("/login");
  await page.getByLabel("邮箱").fill(ACCOUNTS[role].email);
  await page.getByLabel("密码").fill(ACCOUNTS[role].password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/refunds/);
}

/** No serious or critical accessibility violations. */
export async function expectAccessible(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Collects console errors; call the returned function at the end of the test. */
export function watchConsole(page: Page): () => void {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return () => expect(errors).toEqual([]);
}
