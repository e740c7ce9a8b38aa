/**
 * The fuzz suite's tools (issue 16): hostile values of every kind the issue found (control
 * characters, lone surrogates, over-long and emoji text, numbers past 32 bits, years 0000 / 9999 /
 * 275760, impossible dates, prototype names, malformed escapes), a fingerprint of everything a shop
 * owns, and a runner that sends each generated input and checks: never a 5xx, never slower than
 * 2 s, and nothing changed when the input was refused. Seeded, so a failure replays exactly.
 */
import { fc } from "@fast-check/vitest";
import { sql } from "drizzle-orm";
import { expect } from "vitest";
import type { Db } from "@/lib/db/client";
import { rows } from "./db-fixture";

/** The seed of every fuzz run (fast-check prints it with a counterexample). */
export const FUZZ_SEED = 16;
/** Inputs per endpoint. */
export const FUZZ_RUNS = 1000;
/** Slowest answer allowed (ms). */
export const MAX_ANSWER_MS = 2_000;

/** Any UTF-16 code unit: controls, NUL, lone surrogates and all. */
const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

export const hostileString = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "买家\u0000小王",
    "\u0007bell",
    "\u001b[31mred",
    "\u007f",
    "\u0085",
    "\uD800",
    "x\uDC00",
    "\u202Eevil\u202C",
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "%zz",
    "%c0%ae%c0%ae",
    "../../etc/passwd",
    "' or 1=1 --",
    "<script>alert(1)</script>",
    "😀".repeat(501),
    "e\u0301".repeat(251),
    "中".repeat(501),
    "x".repeat(10_000),
  ),
  fc.string({ unit: anyUnit, maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 600 }),
);

export const hostileNumber = fc.oneof(
  fc.constantFrom(2_147_483_648, 2 ** 53, 2 ** 53 + 2, -1, 0, 0.5, -0.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 4_294_967_296),
  fc.double({ noNaN: true }),
  fc.integer(),
  fc.bigInt({ min: 2n ** 31n, max: 2n ** 70n }).map((b) => Number(b)),
);

export const hostileInstant = fc.constantFrom(
  "0000-01-01T00:00:00Z",
  "0001-01-01T00:00:00+08:00",
  "9999-12-31T23:59:59Z",
  "+275760-09-13T00:00:00Z",
  "275760-09-13T00:00:00Z",
  "1969-12-31T23:59:59Z",
  "1999-12-31T15:59:59Z",
  "3000-01-01T00:00:00Z",
  "2026-02-30T00:00:00Z",
  "2026-13-01T00:00:00Z",
  "2026-11-01T10:00:00",
  "2026-11-01",
  "not a date",
);

export const hostileDate = fc.constantFrom("0000-01-01", "0001-01-01", "9999-12-31", "275760-09-13", "1999-12-31", "3000-01-01", "2026-02-30", "2026-13-01", "2026-1-1", "20261101", "2026-11-01T00:00:00Z", "%zz", "");

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  hostileInstant,
  fc.constantFrom(null, true, false, [], {}, [null], JSON.parse('{"__proto__":{"polluted":true}}') as unknown, { constructor: { prototype: { polluted: true } } }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** A text of an accepted length carrying one character no stored text may hold (so only that character is wrong). */
export const textWithOneBadCharacter = fc
  .record({ pad: fc.integer({ min: 20, max: 450 }), bad: fc.constantFrom("\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\uD800", "\uDFFF") })
  .map(({ pad, bad }) => `${"说明文字".repeat(Math.ceil(pad / 4)).slice(0, pad)}${bad}末尾`);

/** A hostile replacement for a field, shaped after its well-formed value (a text gets texts, a number numbers, an instant instants), or anything at all. */
export function hostileLike(path: readonly string[], sample: unknown): fc.Arbitrary<unknown> {
  const last = path[path.length - 1] ?? "";
  const shaped: fc.Arbitrary<unknown> =
    last === "occurredAt"
      ? hostileInstant
      : typeof sample === "number"
        ? hostileNumber
        : typeof sample === "string"
          ? fc.oneof(hostileString, textWithOneBadCharacter)
          : Array.isArray(sample)
            ? fc.array(fc.oneof(hostileString, textWithOneBadCharacter, fc.constantFrom("https://p1.a.yximgs.com/a\u0000.jpg", "https://p1.a.yximgs.com/a b.jpg", "javascript:alert(1)", "http://p1.a.yximgs.com/a.jpg")), { maxLength: 12 })
            : hostileValue;
  return fc.oneof({ weight: 3, arbitrary: shaped }, { weight: 1, arbitrary: hostileValue }, { weight: 1, arbitrary: fc.constant(undefined) });
}

/** One to three fields of `template` replaced by hostile values of their own shape (or removed). */
export function badVersionOf(template: unknown): fc.Arbitrary<{ path: string[]; value: unknown }[]> {
  const paths = leafPaths(template);
  const change = fc.nat({ max: paths.length - 1 }).chain((i) => hostileLike(paths[i]!, valueAt(template, paths[i]!)).map((value) => ({ path: paths[i]!, value })));
  return fc.array(change, { minLength: 1, maxLength: 3 });
}

/** `template` with `changes` applied (an `undefined` value removes the field). */
export function applyChanges(template: unknown, changes: readonly { path: readonly string[]; value: unknown }[]): unknown {
  return changes.reduce((v, c) => mutate(v, c.path, c.value), template);
}

function valueAt(v: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((cur, k) => (typeof cur === "object" && cur !== null ? (cur as Record<string, unknown>)[k] : undefined), v);
}

/** Sets (or, with `undefined`, deletes) `path` in a deep copy of `base`. */
export function mutate(base: unknown, path: readonly string[], value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
  let cur: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = cur[key];
    if (typeof next !== "object" || next === null) return copy;
    cur = next as Record<string, unknown>;
  }
  const last = path[path.length - 1]!;
  if (value === undefined) delete cur[last];
  else Object.defineProperty(cur, last, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** Every leaf path of a JSON value (objects only; arrays count as leaves). */
export function leafPaths(v: unknown, prefix: string[] = []): string[][] {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return [prefix];
  return Object.entries(v).flatMap(([k, x]) => leafPaths(x, [...prefix, k]));
}

/**
 * Everything the shop owns, as one digest per table (rows serialized in order): a refused input
 * must leave every digest as it was. API token counters and the once-a-minute token-use audit row
 * are left out: counting a call is not a change the input made.
 */
export async function fingerprint(db: Db, shopId: string): Promise<Record<string, string>> {
  const tables = ["orders", "refund_requests", "refund_timeline", "refund_payments", "interceptions", "platform_events", "products", "buyers", "categories", "order_quality", "quality_rollup", "after_sales_reviews", "evidence_files", "exempt_categories", "auto_approval_rules", "shops"];
  const parts = tables.map((t) => {
    const key = t === "shops" ? "id" : "shop_id";
    return sql`select ${t} as t, md5(coalesce(string_agg(x::text, '|' order by x::text), '')) as d from ${sql.identifier(t)} x where x.${sql.identifier(key)} = ${shopId}`;
  });
  parts.push(sql`select 'audit_log' as t, md5(coalesce(string_agg(x::text, '|' order by x.id), '')) as d from audit_log x where x.shop_id = ${shopId} and x.kind <> 'token-use'`);
  const got = await rows<{ t: string; d: string }>(db, sql.join(parts, sql` union all `));
  return Object.fromEntries(got.map((r) => [r.t, r.d]));
}

export interface FuzzTally {
  inputs: number;
  refused: number;
  slowestMs: number;
  statuses: Record<number, number>;
}

/**
 * Sends one generated input (`send` answers the HTTP response and whether the input was refused
 * as a whole) and checks the three promises. `state` carries the last fingerprint between inputs.
 */
export async function checkInput(
  db: Db,
  shopId: string,
  tally: FuzzTally,
  state: { before: Record<string, string> | null },
  send: () => Promise<{ res: Response; refused: (body: unknown) => boolean }>,
): Promise<void> {
  const before = state.before ?? (await fingerprint(db, shopId));
  const t0 = performance.now();
  const { res, refused } = await send();
  const body = (await res.json().catch(() => ({ notJson: true }))) as unknown;
  const ms = performance.now() - t0;
  tally.inputs++;
  tally.slowestMs = Math.max(tally.slowestMs, ms);
  tally.statuses[res.status] = (tally.statuses[res.status] ?? 0) + 1;
  expect(res.status, JSON.stringify(body).slice(0, 300)).toBeLessThan(500);
  expect((body as { notJson?: boolean }).notJson, "every answer is JSON").toBeUndefined();
  expect(ms).toBeLessThan(MAX_ANSWER_MS);
  if (refused(body)) {
    tally.refused++;
    expect(await fingerprint(db, shopId)).toEqual(before);
    state.before = before;
  } else {
    state.before = null;
  }
}

export const newTally = (): FuzzTally => ({ inputs: 0, refused: 0, slowestMs: 0, statuses: {} });
