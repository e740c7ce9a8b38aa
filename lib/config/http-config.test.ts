/** The hardening variables of issue 16 are parsed strictly, with their documented defaults. */
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_EVIDENCE_IMAGE_HOSTS, httpConfig, resetHttpConfigForTests } from "./http-config";

const KEYS = ["TRUSTED_PROXY", "EVIDENCE_IMAGE_HOSTS", "SIGN_IN_ACCOUNT_LIMIT_MAX", "BETTER_AUTH_URL"] as const;
const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));
function withEnv(env: Partial<Record<(typeof KEYS)[number], string>>) {
  for (const k of KEYS) delete process.env[k];
  Object.assign(process.env, env);
  resetHttpConfigForTests();
  return httpConfig;
}
afterEach(() => {
  for (const k of KEYS) if (saved[k] === undefined) delete process.env[k];
  else process.env[k] = saved[k];
  resetHttpConfigForTests();
});

describe("httpConfig", () => {
  it("defaults: no trusted proxy, Kuaishou's image CDNs, 10 attempts per account, no HSTS", () => {
    expect(withEnv({})()).toMatchObject({ trustedProxyHops: 0, evidenceImageHosts: [...DEFAULT_EVIDENCE_IMAGE_HOSTS], signInAccountMax: 10, https: false });
  });

  it("reads each variable", () => {
    expect(withEnv({ TRUSTED_PROXY: "2", EVIDENCE_IMAGE_HOSTS: " IMG.example.com, *.cdn.example.net ", SIGN_IN_ACCOUNT_LIMIT_MAX: "5", BETTER_AUTH_URL: "https://desk.example.com" })()).toMatchObject({
      trustedProxyHops: 2,
      evidenceImageHosts: ["img.example.com", "*.cdn.example.net"],
      signInAccountMax: 5,
      https: true,
    });
    expect(withEnv({ EVIDENCE_IMAGE_HOSTS: "" })().evidenceImageHosts).toEqual([]);
  });

  it("refuses a malformed value, naming it", () => {
    expect(withEnv({ TRUSTED_PROXY: "yes" })).toThrow(/TRUSTED_PROXY/);
    expect(withEnv({ TRUSTED_PROXY: "11" })).toThrow(/TRUSTED_PROXY/);
    expect(withEnv({ EVIDENCE_IMAGE_HOSTS: "https://img.example.com" })).toThrow(/EVIDENCE_IMAGE_HOSTS/);
    expect(withEnv({ EVIDENCE_IMAGE_HOSTS: "*" })).toThrow(/EVIDENCE_IMAGE_HOSTS/);
    expect(withEnv({ SIGN_IN_ACCOUNT_LIMIT_MAX: "0" })).toThrow(/SIGN_IN_ACCOUNT_LIMIT_MAX/);
  });
});
