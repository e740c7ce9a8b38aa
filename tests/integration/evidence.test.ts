/** Rejection evidence uploads: images only (by their bytes), size-limited, served only to their shop. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { EVIDENCE_MAX_BYTES, readEvidence, sniffImage, storeEvidence } from "@/lib/services/refunds/evidence";
import { evidenceSchema } from "@/lib/validation/common";
import { openTestDb, onPostgres } from "./db-fixture";
import { makeShop } from "./shop-fixture";

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const SVG = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

let h: DbHandle;
beforeAll(async () => {
  h = await openTestDb();
});
afterAll(async () => h?.close());

describe(`rejection evidence on ${onPostgres ? "PostgreSQL" : "PGlite"}`, () => {
  it.each([
    ["PNG", PNG, "image/png"],
    ["JPEG", JPEG, "image/jpeg"],
    ["SVG with a script", SVG, null],
    ["text named .png", new TextEncoder().encode("hello"), null],
  ] as const)("recognises %s by its bytes", (_n, bytes, type) => {
    expect(sniffImage(bytes)?.type ?? null).toBe(type);
  });

  it("stores an image for its shop only, refuses other files and oversize ones", async () => {
    const a = await makeShop(h.db);
    const b = await makeShop(h.db);
    const stored = await storeEvidence(a.shopId, a.userId, PNG, h.db);
    expect(stored.ok).toBe(true);
    const url = stored.ok ? stored.data.url : "";
    expect(evidenceSchema.safeParse([url]).success).toBe(true);
    const id = url.split("/").pop()!;
    expect((await readEvidence(a.shopId, id, h.db))?.contentType).toBe("image/png");
    expect(await readEvidence(b.shopId, id, h.db)).toBeNull();
    expect(await readEvidence(a.shopId, "../../etc/passwd", h.db)).toBeNull();
    expect(await storeEvidence(a.shopId, a.userId, SVG, h.db)).toMatchObject({ ok: false, error: { message: "EVIDENCE_TYPE" } });
    const big = new Uint8Array(EVIDENCE_MAX_BYTES + 1);
    big.set(PNG);
    expect(await storeEvidence(a.shopId, a.userId, big, h.db)).toMatchObject({ ok: false, error: { message: "EVIDENCE_SIZE" } });
    expect(evidenceSchema.safeParse(["/refunds/evidence/../x.png"]).success).toBe(false);
    expect(evidenceSchema.safeParse(["http://example.com/a.png"]).success).toBe(false);
  });
});
