/**
 * The one cursor format of every keyset-paged list (the queue, the merchant API's list, the
 * drill-down): base64url of a JSON array of the last row's sort values. A cursor is decoded only
 * through the list's own zod tuple schema, so a forged or damaged one is refused (null), never
 * handed to the database.
 */
import { z } from "zod";
import { idSchema } from "./common";

/** Longest cursor accepted (characters): a few sort values, far below any body limit. */
const MAX_CURSOR_LENGTH = 512;

/**
 * An instant inside a cursor: ISO-8601 with an offset, from 1970 to the end of 3000 — the rows'
 * own range (business times end with 2999, a deadline may fall a few days later).
 */
export const cursorInstantSchema = z.iso.datetime({ offset: true }).refine((s) => {
  const t = Date.parse(s);
  return t >= 0 && t < Date.UTC(3001, 0, 1);
});
/** A row id inside a cursor: the ids' own format (API.md §1), so nothing else reaches a query. */
export const cursorIdSchema = idSchema;

export function encodeCursor(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

export function decodeCursor<S extends z.ZodType>(schema: S, s: string | null | undefined): z.output<S> | null {
  if (!s || s.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(s)) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(s, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
