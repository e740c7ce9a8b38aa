/**
 * Every keyset list decodes its cursor through its own tuple schema (lib/validation/cursor.ts;
 * issue 16 found cursors with years 0000 and 275760 answering 500): the queue, the merchant API's
 * list and the analytics drill-down refuse every forged cursor (null: the list starts again or the
 * API answers VALIDATION) and accept their own.
 */
import { describe, expect, it } from "vitest";
import { decodeDrillCursor, encodeDrillCursor } from "@/lib/services/quality/analytics";
import { decodeQueueCursor } from "@/lib/services/queue/page";
import { decodeListCursor } from "@/lib/services/refunds/reads";
import { encodeCursor } from "@/lib/validation/cursor";

const b64 = (s: string) => Buffer.from(s).toString("base64url");
const FORGED = [
  encodeCursor(["0000-01-01T00:00:00Z", "r1"]),
  encodeCursor(["0001-01-01T00:00:00+08:00", "r1"]),
  encodeCursor(["+275760-09-13T00:00:00Z", "r1"]),
  encodeCursor(["275760-09-13", "r1"]),
  encodeCursor(["3001-01-01T00:00:00Z", "r1"]),
  encodeCursor(["2026-11-01T00:00:00Z", "r\u0000"]),
  encodeCursor(["2026-11-01T00:00:00Z", "x".repeat(65)]),
  encodeCursor(["2026-11-01T00:00:00Z", 5]),
  encodeCursor(["2026-11-01T00:00:00Z"]),
  encodeCursor(["2026-11-01T00:00:00Z", "r1", "extra"]),
  b64(JSON.stringify({ d: "0000-01-01T00:00:00Z", id: "r1" })),
  b64("not json"),
  "%zz",
  "a".repeat(600),
  "",
];

describe("cursors", () => {
  it("the queue and the API list refuse forged cursors and take their own", () => {
    for (const decode of [decodeQueueCursor, decodeListCursor]) {
      for (const c of FORGED) expect(decode(c), c).toBeNull();
      expect(decode(encodeCursor(["2026-11-01T02:00:00.000Z", "R00000001"]))).not.toBeNull();
      expect(decode(encodeCursor([null, "R00000001"]))).not.toBeNull();
    }
  });

  it("the drill-down refuses forged cursors (days outside the business dates, impossible days) and takes its own", () => {
    for (const c of [...FORGED, encodeCursor(["0001-01-01", "O1"]), encodeCursor(["9999-12-31", "O1"]), encodeCursor(["2026-02-30", "O1"])]) expect(decodeDrillCursor(c), c).toBeNull();
    const own = encodeDrillCursor({ day: "2026-11-01", orderId: "O00000001" });
    expect(decodeDrillCursor(own)).toEqual({ day: "2026-11-01", orderId: "O00000001" });
  });
});
