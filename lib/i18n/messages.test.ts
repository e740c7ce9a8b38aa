/** Complete in zh-CN and en: both message files have the same keys, and every ICU argument on one side exists on the other. */
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import zh from "@/lib/i18n/messages/zh-CN.json";
import { FIELD_ERRORS } from "@/lib/validation/settings";
import { SERVICE_ERROR_CODES, SETTINGS_NOTICES } from "@/lib/view/result";

type Tree = { [k: string]: string | Tree };

function flatten(t: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(t)) {
    if (typeof v === "string") out.set(`${prefix}${k}`, v);
    else for (const [kk, vv] of flatten(v, `${prefix}${k}.`)) out.set(kk, vv);
  }
  return out;
}

const args = (s: string) => [...s.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

describe("messages in zh-CN and en", () => {
  const z = flatten(zh as Tree);
  const e = flatten(en as Tree);
  it("have the same keys", () => {
    expect([...z.keys()].filter((k) => !e.has(k))).toEqual([]);
    expect([...e.keys()].filter((k) => !z.has(k))).toEqual([]);
  });
  it("use the same arguments in each message", () => {
    const differ = [...z.keys()].filter((k) => e.has(k) && JSON.stringify(args(z.get(k)!)) !== JSON.stringify(args(e.get(k)!)));
    expect(differ).toEqual([]);
  });
  it("leave no message empty", () => {
    expect([...z, ...e].filter(([, v]) => v.trim() === "").map(([k]) => k)).toEqual([]);
  });
  it("English is English: no Chinese and no full-width punctuation, but for proper names", () => {
    const cjk = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
    // Names a person must see as they are: the language switch, the two messaging apps, and the
    // keyword a robot's security setting must contain (it matches the Chinese digest's title).
    const names = /中文|企业微信|钉钉|售后提醒/g;
    expect([...e].filter(([, v]) => cjk.test(v.replace(names, ""))).map(([k]) => k)).toEqual([]);
  });
  it("English counts through ICU plurals, never '{count} requests'", () => {
    const bare = /\{(count|n|days|seconds|minutes|hours|considered|approved|rows|total)\} (?!was\b|is\b|has\b)[a-z]+s\b/;
    expect([...e].filter(([, v]) => bare.test(v.replace(/\{\w+, plural,[^{}]*(\{[^{}]*\}[^{}]*)*\}/g, ""))).map(([k, v]) => `${k}: ${v}`)).toEqual([]);
  });
});

describe("codes that the catalogue words", () => {
  const z = flatten(zh as Tree);
  it("every form field error and settings notice has a message", () => {
    expect(FIELD_ERRORS.filter((c) => !z.has(`form.errors.${c}`))).toEqual([]);
    expect(SETTINGS_NOTICES.filter((c) => !z.has(`serviceErrors.notice.${c}`))).toEqual([]);
    expect(SERVICE_ERROR_CODES.filter((c) => !z.has(`serviceErrors.generic.${c}`))).toEqual([]);
  });
});
