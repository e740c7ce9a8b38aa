import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig, serverProblems, type Env } from "./config";

const SECRET_A = "a".repeat(32);
const SECRET_B = "b".repeat(40);
const PG = "postgres://app:pw@db.internal:5432/aftersales";

function problems(env: Env) {
  const r = parseConfig(env);
  if (r.ok) return [];
  return r.problems;
}

function parsed(env: Env) {
  const r = parseConfig(env);
  if (!r.ok) throw new ConfigError(r.problems);
  return r.config;
}

describe("configuration is parsed strictly (issue 17)", () => {
  it.each([
    // [case, variable, value, message part]
    ["a number with a thousands separator", "API_RATE_LIMIT_MAX", "1,200", "digits only"],
    ["a number in exponent form", "API_RATE_LIMIT_MAX", "12e2", "digits only"],
    ["a negative number", "SIGN_IN_RATE_LIMIT_MAX", "-5", "digits only"],
    ["a decimal number", "PG_POOL_SIZE", "2.5", "digits only"],
    ["zero where at least one is needed", "PG_POOL_SIZE", "0", "at least 1"],
    ["a port above 65535", "PORT", "70000", "at most 65535"],
    ["a port with a unit", "PORT", "3000tcp", "digits only"],
    ["a database URL of another scheme", "DATABASE_URL", "mysql://db/x", "postgres://"],
    ["a database URL that is no URL", "DATABASE_URL", "db.internal:5432", "postgres://"],
    ["a public URL without scheme", "BETTER_AUTH_URL", "aftersales.example.com", "http://"],
    ["a switch that is not one", "AFTERSALES_SEED_DEMO", "yes", "1, 0, true or false"],
    ["an empty webhook secret", "PLATFORM_WEBHOOK_SECRET", "", "set but empty"],
    ["an empty session secret", "BETTER_AUTH_SECRET", "", "set but empty"],
    ["a short webhook secret", "PLATFORM_WEBHOOK_SECRET", "short-secret", "at least 32 characters"],
    ["a log level that does not exist", "LOG_LEVEL", "verbose", "one of"],
    ["a shutdown grace of zero", "SHUTDOWN_GRACE_SECONDS", "0", "at least 1"],
  ])("%s is refused, naming the variable", (_case, variable, value, part) => {
    const found = problems({ [variable]: value });
    expect(found).toHaveLength(1);
    expect(found[0]!.variable).toBe(variable);
    expect(found[0]!.message).toContain(part);
  });

  it("the refusal names every bad variable and never echoes a secret or a database URL", () => {
    const r = parseConfig({ API_RATE_LIMIT_MAX: "1,200", PLATFORM_WEBHOOK_SECRET: "tiny-secret", DATABASE_URL: "mysql://root:hunter2@db/x" });
    expect(r.ok).toBe(false);
    const message = new ConfigError(r.ok ? [] : r.problems).message;
    expect(message).toContain('API_RATE_LIMIT_MAX = "1,200"');
    expect(message).toContain("PLATFORM_WEBHOOK_SECRET: must have at least 32 characters");
    expect(message).toContain("DATABASE_URL: must be a postgres://");
    expect(message).not.toContain("tiny-secret");
    expect(message).not.toContain("hunter2");
  });

  it("an empty non-secret variable counts as unset", () => {
    const c = parsed({ PORT: "", DATABASE_URL: "", API_RATE_LIMIT_MAX: "" });
    expect(c.port).toBe(3000);
    expect(c.databaseUrl).toBeNull();
    expect(c.apiRateLimitMax).toBe(1200);
  });

  it("defaults on the embedded database: demo seeded, data in .data/main, nothing required", () => {
    const c = parsed({});
    expect(c).toMatchObject({ port: 3000, publicUrl: "http://localhost:3000", databaseUrl: null, seedDemo: true, signInRateLimitMax: 10, apiRateLimitMax: 1200, pgPoolSize: 10, logLevel: "info", shutdownGraceMs: 10_000 });
    expect(c.dataDir).toBe(path.resolve(process.cwd(), ".data/main"));
    expect(serverProblems(c)).toEqual([]);
  });

  it("values are taken as numbers, switches and URLs", () => {
    const c = parsed({ PORT: "3117", API_RATE_LIMIT_MAX: "1200", AFTERSALES_SEED_DEMO: "false", BETTER_AUTH_URL: "https://desk.example.com/", SHUTDOWN_GRACE_SECONDS: "3" });
    expect(c.port).toBe(3117);
    expect(c.apiRateLimitMax).toBe(1200);
    expect(c.seedDemo).toBe(false);
    expect(c.publicUrl).toBe("https://desk.example.com");
    expect(c.shutdownGraceMs).toBe(3000);
  });

  it("with DATABASE_URL: the demo is off unless asked for, and a server requires both secrets from the environment", () => {
    const bare = parsed({ DATABASE_URL: PG });
    expect(bare.seedDemo).toBe(false);
    const missing = serverProblems(bare);
    expect(missing.map((p) => p.variable)).toEqual(["BETTER_AUTH_SECRET", "PLATFORM_WEBHOOK_SECRET"]);
    for (const p of missing) expect(p.message).toContain("openssl rand -hex 32");
    expect(serverProblems(parsed({ DATABASE_URL: PG, BETTER_AUTH_SECRET: SECRET_A }))).toHaveLength(1);
    const full = parsed({ DATABASE_URL: PG, BETTER_AUTH_SECRET: SECRET_A, PLATFORM_WEBHOOK_SECRET: SECRET_B, AFTERSALES_SEED_DEMO: "1" });
    expect(serverProblems(full)).toEqual([]);
    expect(full.seedDemo).toBe(true);
    expect(full.authSecret).toBe(SECRET_A);
    expect(full.webhookSecret).toBe(SECRET_B);
  });
});
