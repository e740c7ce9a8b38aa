/**
 * `npm run config:docs`: writes the README's configuration table and `.env.example` from the zod
 * schema of lib/config/env-schema.ts. `--check` only compares and exits 1 when either is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { envExample, withReadmeTable } from "@/lib/config/config-docs";

const root = process.cwd();
const check = process.argv.includes("--check");
const files = [
  { file: path.join(root, "README.md"), render: (current: string) => withReadmeTable(current) },
  { file: path.join(root, ".env.example"), render: () => envExample() },
];
let stale = 0;
for (const { file, render } of files) {
  let current = "";
  try {
    current = readFileSync(file, "utf8");
  } catch {
    // a missing .env.example is written below
  }
  const wanted = render(current);
  if (wanted === current) continue;
  stale++;
  if (check) console.error(`✖ ${path.relative(root, file)} is stale: run npm run config:docs`);
  else {
    writeFileSync(file, wanted);
    console.log(`wrote ${path.relative(root, file)}`);
  }
}
process.exit(check && stale ? 1 : 0);
