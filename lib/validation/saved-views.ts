/**
 * A saved view of the queue (issue 19): a name and the queue's URL query, kept only with its valid
 * parts (the tab and the filters lib/validation/queue accepts, in FILTER_KEYS order), so a saved
 * view never carries a value the queue would drop.
 */
import { z } from "zod";
import { parseQueueTab } from "@/lib/rules";
import { FILTER_KEYS } from "@/lib/view/queue";
import { parseQueueFilters } from "./queue";

/** The tab and the valid filters of a /refunds query, as a query string. */
export function normalizeViewQuery(query: string): string {
  const params = Object.fromEntries(new URLSearchParams(query.replace(/^\?/, "")));
  const { filters } = parseQueueFilters(params);
  const kept = new URLSearchParams({ tab: parseQueueTab(params.tab) });
  for (const k of FILTER_KEYS) if (k in filters) kept.set(k, params[k]!.trim());
  return kept.toString();
}

export const savedViewSchema = z.object({
  name: z.string({ error: "REQUIRED" }).trim().min(1, "REQUIRED").max(30, "TOO_LONG"),
  query: z.string().max(2_000, "TOO_LONG").transform(normalizeViewQuery),
  shared: z.boolean(),
});

export const savedViewRefSchema = z.object({ id: z.string().uuid("INVALID") });
