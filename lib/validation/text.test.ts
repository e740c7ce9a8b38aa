/** The one text rule (issue 15 part 2, issue 16): code points after trimming, no control characters but tab and line breaks, no lone surrogates. */
import { describe, expect, it } from "vitest";
import { isStorableText, textField } from "./text";

const codes = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.success ? [] : r.error!.issues.map((i) => i.message));

describe("textField", () => {
  it.each([
    ["ab", true],
    ["abc", true],
    ["abcd", false],
    [" abc ", true], // counted after trimming
    ["😀😀😀", true], // three code points, six UTF-16 units
    ["😀😀😀😀", false],
    ["e\u0301e", true], // a combining mark is a code point of its own
    ["e\u0301e\u0301", false],
    ["中文字", true],
  ])("max 3: %j accepted = %s", (text, ok) => {
    expect(textField({ max: 3 }).safeParse(text).success).toBe(ok);
  });

  it("refuses controls but tab, line feed and carriage return; refuses lone surrogates", () => {
    for (const bad of ["\u0000", "a\u0007", "\u001b[1m", "\u007f", "\u0085", "\uD800", "x\uDFFF", "\uDC00\uD800"]) {
      expect(isStorableText(bad), JSON.stringify(bad)).toBe(false);
      expect(codes(textField({ max: 50 }).safeParse(bad))).toEqual(["INVALID_CHARACTERS"]);
    }
    for (const good of ["a\tb", "a\nb", "a\r\nb", "😀", "\u202Eevil", "混合 text"]) expect(isStorableText(good), JSON.stringify(good)).toBe(true);
  });

  it("required: at least one code point after trimming; not a string is REQUIRED", () => {
    const f = textField({ max: 5, required: true });
    expect(codes(f.safeParse("   "))).toEqual(["REQUIRED"]);
    expect(codes(f.safeParse(5))).toEqual(["REQUIRED"]);
    expect(f.safeParse(" x ").success).toBe(true);
  });

  it("trim: stores the trimmed text; otherwise the text is kept as sent", () => {
    expect(textField({ max: 5, trim: true }).parse("  ab  ")).toBe("ab");
    expect(textField({ max: 5 }).parse("  ab  ")).toBe("  ab  ");
  });
});
