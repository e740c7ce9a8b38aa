/**
 * STYLE.md's dependency direction is enforced by ESLint (eslint.config.js). Each row imports
 * across a boundary from a file in a given room and must be refused; the allowed rows must pass,
 * so a rule that stopped firing (or fired everywhere) fails here.
 */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function refused(filePath: string, source: string): Promise<boolean> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).some((m) => m.ruleId === "no-restricted-imports");
}

const CASES: [room: string, filePath: string, source: string, refusedExpected: boolean][] = [
  ["components → lib/services", "components/refunds/x.tsx", 'import type { QueueItem } from "@/lib/services/queue/items";\nexport type X = QueueItem;\n', true],
  ["components → lib/view", "components/refunds/x.tsx", 'import type { QueueItem } from "@/lib/view/queue";\nexport type X = QueueItem;\n', false],
  ["components → lib/db", "components/refunds/x.tsx", 'import { orders } from "@/lib/db/schema";\nexport const x = orders;\n', true],
  ["components → app", "components/refunds/x.tsx", 'import { refundAction } from "@/app/(dashboard)/refunds/actions";\nexport const x = refundAction;\n', true],
  ["lib/db → lib/services", "lib/db/x.ts", 'import { Rollback } from "@/lib/services/rollback";\nexport const x = Rollback;\n', true],
  ["lib/auth → lib/services", "lib/auth/x.ts", 'import { recordAudit } from "@/lib/services/audit";\nexport const x = recordAudit;\n', true],
  ["lib/http → lib/services", "lib/http/x.ts", 'import { Rollback } from "@/lib/services/rollback";\nexport const x = Rollback;\n', true],
  ["lib/services → lib/demo", "lib/services/settings/x.ts", 'import { seedDemo } from "@/lib/demo/seed";\nexport const x = seedDemo;\n', true],
  ["lib/boot → lib/demo (start-up)", "lib/boot.ts", 'import { seedDemo } from "@/lib/demo/seed";\nexport const x = seedDemo;\n', false],
  ["lib/rules → zod", "lib/rules/x.ts", 'import { z } from "zod";\nexport const x = z;\n', true],
  ["lib/rules → lib/view", "lib/rules/x.ts", 'import type { Badges } from "@/lib/view/refund";\nexport type X = Badges;\n', true],
  ["lib/view → lib/db", "lib/view/x.ts", 'import type { Db } from "@/lib/db/client";\nexport type X = Db;\n', true],
  ["lib/view → lib/rules", "lib/view/x.ts", 'import type { RefundStatus } from "@/lib/rules";\nexport type X = RefundStatus;\n', false],
  ["app → lib/services", "app/x/page.tsx", 'import { queuePage } from "@/lib/services/queue/page";\nexport const x = queuePage;\n', false],
];

describe("STYLE.md dependency direction (eslint.config.js)", () => {
  it.each(CASES)("%s", async (_room, filePath, source, expected) => {
    expect(await refused(filePath, source)).toBe(expected);
  });
});
