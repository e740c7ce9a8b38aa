import js from "@eslint/js";
import tseslint from "typescript-eslint";

/** STYLE.md dependency direction: app → components, lib/services, lib/validation; lib/rules → nothing; nothing imports app. */
const noApp = { group: ["@/app", "@/app/*", "**/app/*"], message: "Nothing imports app/ (STYLE.md): pass actions down as props." };
const frameworks = ["next", "next/*", "react", "react-dom", "drizzle-orm", "drizzle-orm/*", "zod", "pg", "@electric-sql/*", "better-auth", "better-auth/*"];

export default tseslint.config(
  { ignores: [".next/**", "node_modules/**", "coverage/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "lib/db/migrations/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { rules: { "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }] } },
  { files: ["**/*.{ts,tsx}"], ignores: ["app/**", "tests/**"], rules: { "no-restricted-imports": ["error", { patterns: [noApp] }] } },
  {
    files: ["lib/rules/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            noApp,
            { group: frameworks, message: "lib/rules is pure: no framework, database, zod or auth (STYLE.md)." },
            { group: ["@/lib/*", "@/components/*", "../*"], message: "lib/rules imports nothing outside itself." },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "lib/rules never reads the clock: the time arrives as an argument." },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "lib/rules never reads the clock: the time arrives as an argument." },
      ],
    },
  },
  {
    files: ["lib/rules/**/*.test.ts", "lib/rules/test/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [noApp, { group: ["@/lib/*", "@/components/*"], message: "rules tests stay inside lib/rules" }] }] },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [noApp, { group: ["@/lib/db", "@/lib/db/*", "drizzle-orm", "drizzle-orm/*"], message: "components never touch the database: go through lib/services or props." }] }],
    },
  },
  {
    files: ["lib/db/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: [noApp, { group: ["@/lib/services", "@/lib/services/*", "@/components/*"], message: "lib/db sits below services." }] }] },
  },
);
