import { describe, expect, it } from "vitest";
import { formatYuan, isFen, parseYuan } from "./money";

describe("DOMAIN §1 Words: money is integer fen", () => {
  it.each([
    [1290, "¥12.90"],
    [0, "¥0.00"],
    [5, "¥0.05"],
    [1234567, "¥12,345.67"],
    [-250, "-¥2.50"],
  ])("formats %i fen as %s", (fen, text) => expect(formatYuan(fen)).toBe(text));

  it.each([
    ["12.9", 1290],
    ["12.90", 1290],
    ["12", 1200],
    [" 0.01 ", 1],
    ["12.901", null],
    ["-1", null],
    ["abc", null],
    ["", null],
  ])("parses %j as %j", (text, fen) => expect(parseYuan(text)).toBe(fen));

  it.each([
    [1290, true],
    [0, true],
    [12.9, false],
    [-1, false],
    ["1290", false],
    [Number.MAX_SAFE_INTEGER + 1, false],
  ])("isFen(%j) = %j", (v, ok) => expect(isFen(v)).toBe(ok));
});
