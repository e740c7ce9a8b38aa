/**
 * One way to parse an input at an adapter (server action, route handler, CLI): the typed value,
 * or a VALIDATION error whose `fields` are the schema's message codes by field name (nested fields
 * also by their dotted path, e.g. `conditions.maxAmount`), plain data that survives a server action.
 */
import type { z } from "zod";
import type { ServiceError } from "@/lib/view/result";
import { fieldErrors } from "./common";

export type Parsed<T> = { ok: true; data: T } | { ok: false; error: ServiceError };

export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): Parsed<z.output<S>> {
  const r = schema.safeParse(raw);
  if (r.success) return { ok: true, data: r.data };
  const error = r.error as z.ZodError;
  const fields = fieldErrors(error);
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".");
    if (issue.path.length > 1) fields[key] = [...(fields[key] ?? []), issue.message];
  }
  return { ok: false, error: { code: "VALIDATION", fields } };
}
