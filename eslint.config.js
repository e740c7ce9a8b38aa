import js from "@eslint/js";
import tseslint from "typescript-eslint";

/**
 * STYLE.md dependency direction, enforced: app → components, lib/services, lib/validation, lib/view ·
 * components → lib/view, lib/rules, lib/i18n · lib/services → lib/db, lib/rules, lib/auth, lib/view ·
 * lib/rules → nothing. Nothing imports app; nothing below lib/services imports it; only start-up
 * (lib/boot.ts, scripts, bench, tests) imports lib/demo. tests/lint/import-direction.test.ts proves each rule fires.
 */
const noApp = { group: ["@/app", "@/app/*", "**/app/*"], message: "Nothing imports app/ (STYLE.md): pass actions down as props." };
const noServices = (who) => ({ group: ["@/lib/services", "@/lib/services/*", "**/lib/services/*"], message: `${who} never import lib/services (STYLE.md): use the client-safe types of lib/view.` });
const noDemo = { group: ["@/lib/demo", "@/lib/demo/*", "**/lib/demo/*"], message: "Only start-up (lib/boot.ts) imports lib/demo." };
const noDb = { group: ["@/lib/db", "@/lib/db/*", "drizzle-orm", "drizzle-orm/*"], message: "components never touch the database: go through lib/services or props." };
const noBoot = { group: ["@/lib/boot", "**/lib/boot"], message: "Only instrumentation starts the server." };
const frameworks = ["next", "next/*", "react", "react-dom", "drizzle-orm", "drizzle-orm/*", "zod", "pg", "@electric-sql/*", "better-auth", "better-auth/*"];
const restrict = (...patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

export default tseslint.config(
  { ignores: [".next/**", "node_modules/**", "coverage/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "lib/db/migrations/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { rules: { "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }] } },
  // Everything but app and the start-up tools.
  { files: ["**/*.{ts,tsx}"], ignores: ["app/**", "tests/**", "e2e/**", "bench/**", "scripts/**", "lib/boot.ts", "lib/demo/**", "instrumentation.ts"], rules: restrict(noApp, noDemo, noBoot) },
  { files: ["app/**/*.{ts,tsx}"], rules: restrict(noDemo, noBoot) },
  { files: ["lib/demo/**/*.ts"], rules: restrict(noApp, noBoot) },
  {
    files: ["lib/rules/**/*.ts"],
    rules: {
      ...restrict(
        noApp,
        { group: frameworks, message: "lib/rules is pure: no framework, database, zod or auth (STYLE.md)." },
        { group: ["@/lib/*", "@/components/*", "../*"], message: "lib/rules imports nothing outside itself." },
      ),
      "no-restricted-syntax": [
        "error",
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: "lib/rules never reads the clock: the time arrives as an argument." },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "lib/rules never reads the clock: the time arrives as an argument." },
      ],
    },
  },
  { files: ["lib/rules/**/*.test.ts", "lib/rules/test/**"], rules: restrict(noApp, { group: ["@/lib/*", "@/components/*"], message: "rules tests stay inside lib/rules" }) },
  { files: ["lib/view/**/*.ts"], rules: restrict(noApp, { group: ["@/lib/*", "!@/lib/rules", "@/components/*", ...frameworks], message: "lib/view holds plain client-safe types: it imports only lib/rules." }) },
  { files: ["components/**/*.{ts,tsx}"], rules: restrict(noApp, noDemo, noBoot, noDb, noServices("components")) },
  {
    files: ["lib/db/**/*.ts", "lib/auth/**/*.ts", "lib/validation/**/*.ts", "lib/i18n/**/*.ts", "lib/config/**/*.ts", "lib/http/**/*.ts", "lib/log/**/*.ts"],
    rules: restrict(noApp, noDemo, noBoot, noServices("layers below lib/services"), { group: ["@/components/*"], message: "lib never imports components." }),
  },
);
