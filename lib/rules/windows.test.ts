import { describe, expect, it } from "vitest";
import { applicableWindows, isPastEveryWindow, isWithinNoReasonWindow, type WindowInput } from "./windows";
import { D, product, T0 } from "./test/fixtures";

const SIGNED = T0 + 2 * D;
const SHIPPED = T0 + D;
const base: WindowInput = { type: "RETURN_REFUND", reason: "NO_REASON", product: product(), shippedAt: SHIPPED, signedAt: SIGNED };

describe("DOMAIN §8 Return windows", () => {
  it.each<[string, Partial<WindowInput>, number, boolean]>([
    ["7-day no-reason: created exactly 7 days after signing is within", {}, SIGNED + 7 * D, true],
    ["7-day no-reason: 7 days + 1 ms after signing is outside", {}, SIGNED + 7 * D + 1, false],
    ["7-day no-reason: not signed yet has no window", { signedAt: null }, SIGNED, false],
    ["excluded: custom-made", { product: product({ custom: true }) }, SIGNED + D, false],
    ["excluded: fresh/perishable", { product: product({ perishable: true }) }, SIGNED + D, false],
    ["excluded: digital downloads and unsealed media", { product: product({ digital: true }) }, SIGNED + D, false],
    ["excluded: newspapers and periodicals", { product: product({ periodical: true }) }, SIGNED + D, false],
    ["excluded: virtual", { product: product({ virtual: true }) }, SIGNED + D, false],
  ])("%s", (_name, p, createdAt, within) => {
    const input = { ...base, ...p };
    expect(isWithinNoReasonWindow({ product: input.product, signedAt: input.signedAt, createdAt })).toBe(within);
  });

  it.each<[string, Partial<WindowInput>, string[], (number | null)[]]>([
    ["an ordinary product: the 7-day window, ending 7 days after signing", {}, ["NO_REASON_7_DAYS"], [SIGNED + 7 * D]],
    ["30-day guarantee, return & refund: also 30 days after shipping", { product: product({ thirtyDayReturn: true }) }, ["NO_REASON_7_DAYS", "THIRTY_DAY_GUARANTEE"], [SIGNED + 7 * D, SHIPPED + 30 * D]],
    ["30-day guarantee applies to return & refund only", { type: "REFUND_ONLY", product: product({ thirtyDayReturn: true }) }, ["NO_REASON_7_DAYS"], [SIGNED + 7 * D]],
    ["a quality reason adds the 30-day quality guard", { reason: "SPOILED", product: product({ perishable: true }) }, ["QUALITY_30_DAYS"], [SIGNED + 30 * D]],
    ["before signing the windows have no end yet", { signedAt: null }, ["NO_REASON_7_DAYS"], [null]],
    ["30-day guarantee before shipping has no end yet", { shippedAt: null, signedAt: null, product: product({ thirtyDayReturn: true }) }, ["NO_REASON_7_DAYS", "THIRTY_DAY_GUARANTEE"], [null, null]],
  ])("%s", (_name, p, kinds, ends) => {
    const ws = applicableWindows({ ...base, ...p });
    expect(ws.map((w) => w.kind)).toEqual(kinds);
    expect(ws.map((w) => w.endsAt)).toEqual(ends);
  });

  it("each window says what starts it: the 7-day and quality windows signing, the 30-day guarantee shipping", () => {
    const ws = applicableWindows({ ...base, reason: "QUALITY_DEFECT", shippedAt: null, signedAt: null, product: product({ thirtyDayReturn: true }) });
    expect(ws.map((w) => [w.kind, w.startsOn])).toEqual([
      ["NO_REASON_7_DAYS", "SIGNED"],
      ["THIRTY_DAY_GUARANTEE", "SHIPPED"],
      ["QUALITY_30_DAYS", "SIGNED"],
    ]);
  });

  it.each<[string, Partial<WindowInput>, number, boolean]>([
    ["30-day guarantee: any reason, 30 days after shipping is inside", { reason: "ORDERED_BY_MISTAKE", product: product({ thirtyDayReturn: true }) }, SHIPPED + 30 * D, false],
    ["30-day guarantee: 30 days + 1 ms after shipping is outside", { reason: "ORDERED_BY_MISTAKE", product: product({ thirtyDayReturn: true }) }, SHIPPED + 30 * D + 1, true],
    ["quality reason: never past within 30 days of signing", { reason: "QUALITY_DEFECT" }, SIGNED + 30 * D, false],
    ["quality reason: past after 30 days of signing", { reason: "QUALITY_DEFECT" }, SIGNED + 30 * D + 1, true],
    ["an excluded product with a non-quality reason has no window at all", { reason: "ORDERED_BY_MISTAKE", product: product({ perishable: true }) }, SIGNED + D, true],
    ["unsigned orders are never past", { signedAt: null }, SIGNED + 60 * D, false],
  ])("past every window: %s", (_name, p, createdAt, past) => {
    expect(isPastEveryWindow({ ...base, ...p, createdAt })).toBe(past);
  });
});
