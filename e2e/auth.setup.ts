import { test as setup } from "@playwright/test";
import { signIn, STATE } from "./fixtures";

for (const role of ["operator", "manager"] as const) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await signIn(page, role);
    await page.context().storageState({ path: STATE[role] });
  });
}
