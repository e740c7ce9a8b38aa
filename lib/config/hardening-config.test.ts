/** The hardening variables of issue 16 are parsed strictly, in the one schema, with their documented defaults. */
import { describe, expect, it } from "vitest";
import { parseConfig, type Env } from "./config";
import { DEFAULT_EVIDENCE_IMAGE_HOSTS } from "./env-schema";

const parsed = (env: Env) => {
  const r = parseConfig(env);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.variable}: ${p.message}`).join("; "));
  return r.config;
};

describe("the hardening variables (issue 16)", () => {
  it("defaults: no trusted proxy, Kuaishou's image CDNs, 10 attempts per account, no HSTS", () => {
    expect(parsed({})).toMatchObject({ trustedProxyHops: 0, evidenceImageHosts: [...DEFAULT_EVIDENCE_IMAGE_HOSTS], signInAccountMax: 10, https: false, development: false });
  });

  it("reads each variable", () => {
    expect(parsed({ TRUSTED_PROXY: "2", EVIDENCE_IMAGE_HOSTS: " IMG.example.com, *.cdn.example.net ", SIGN_IN_ACCOUNT_LIMIT_MAX: "5", BETTER_AUTH_URL: "https://desk.example.com" })).toMatchObject({
      trustedProxyHops: 2,
      evidenceImageHosts: ["img.example.com", "*.cdn.example.net"],
      signInAccountMax: 5,
      https: true,
    });
    expect(parsed({ EVIDENCE_IMAGE_HOSTS: "none" }).evidenceImageHosts).toEqual([]);
    // Empty counts as unset, as for every variable but the secrets.
    expect(parsed({ EVIDENCE_IMAGE_HOSTS: "" }).evidenceImageHosts).toEqual([...DEFAULT_EVIDENCE_IMAGE_HOSTS]);
    expect(parsed({ NODE_ENV: "development" }).development).toBe(true);
  });

  it.each([
    ["TRUSTED_PROXY", "yes"],
    ["TRUSTED_PROXY", "11"],
    ["EVIDENCE_IMAGE_HOSTS", "https://img.example.com"],
    ["EVIDENCE_IMAGE_HOSTS", "*"],
    ["SIGN_IN_ACCOUNT_LIMIT_MAX", "0"],
  ])("refuses %s=%s, naming it", (variable, value) => {
    const r = parseConfig({ [variable]: value });
    expect(r.ok ? [] : r.problems.map((p) => p.variable)).toEqual([variable]);
  });
});
