import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    coverage: {
      provider: "v8",
      include: ["lib/rules/**/*.ts"],
      exclude: ["lib/rules/**/*.test.ts", "lib/rules/index.ts", "lib/rules/test/**"],
      reporter: ["text-summary", "text"],
      thresholds: { lines: 95, branches: 95, functions: 95, statements: 95 },
    },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/rules/**/*.test.ts", "lib/validation/**/*.test.ts", "lib/i18n/**/*.test.ts", "lib/demo/**/*.test.ts", "lib/http/**/*.test.ts", "lib/config/**/*.test.ts", "lib/view/**/*.test.ts", "lib/server/**/*.test.ts", "tests/lint/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        // Needs the built app (`next build`): npm test runs it after the build, on PGlite and on PostgreSQL.
        extends: true,
        test: { name: "deploy", include: ["tests/deploy/**/*.test.ts"], environment: "node", testTimeout: 180_000, hookTimeout: 180_000, fileParallelism: false },
      },
    ],
  },
});
