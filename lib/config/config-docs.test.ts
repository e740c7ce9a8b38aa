import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { envExample, readmeTable, README_BEGIN, README_END, withReadmeTable } from "./config-docs";
import { ENV_NAMES } from "./env-schema";

const root = path.resolve(import.meta.dirname, "../..");

describe("generated configuration docs (issue 17)", () => {
  it("README.md holds the table rendered from the schema (run `npm run config:docs` when this fails)", () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    expect(readme).toContain(README_BEGIN);
    expect(readme).toContain(README_END);
    expect(withReadmeTable(readme)).toBe(readme);
  });

  it(".env.example is the file rendered from the schema (run `npm run config:docs` when this fails)", () => {
    expect(readFileSync(path.join(root, ".env.example"), "utf8")).toBe(envExample());
  });

  it("documents every variable once, in both", () => {
    const table = readmeTable();
    const example = envExample();
    for (const name of ENV_NAMES) {
      expect(table.split(`| \`${name}\` |`)).toHaveLength(2);
      expect(example.split(`# ${name}=`)).toHaveLength(2);
    }
  });

  it("each variable has its own description", () => {
    const rows = readmeTable().split("\n").slice(2);
    const meanings = rows.map((r) => r.split(" | ")[2]);
    expect(new Set(meanings).size).toBe(ENV_NAMES.length);
  });

  it("a stale table is detected", () => {
    const readme = readFileSync(path.join(root, "README.md"), "utf8");
    const stale = readme.replace("| `PORT` |", "| `PORT_OLD` |");
    expect(withReadmeTable(stale)).not.toBe(stale);
  });
});
