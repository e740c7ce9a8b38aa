/**
 * An error as it may be written to the log (issue 17: no secrets or personal data). Database
 * errors carry the failed statement's parameters (Drizzle's "Failed query: … params: …" message,
 * pg's `detail` with row values), which can hold emails, nicknames or tokens: only the kind, the
 * message up to any parameter list, the SQLSTATE-like code, the cause (once) and the stack frames
 * are kept.
 */

/** The logged shape of an error. */
export interface LoggedError {
  type: string;
  message: string;
  code?: string;
  digest?: string;
  cause?: LoggedError;
  /** Stack frames only ("at …" lines): the first stack line repeats the message. */
  stack?: string;
}

/** Drops a statement's parameter list from a message: "Failed query: select …\nparams: a@b.c" → "Failed query: select …". */
function withoutParams(message: string): string {
  return message.replace(/\n?params:[\s\S]*$/, "").slice(0, 2_000);
}

/** `e` as a LoggedError (anything thrown: Error, string, object). */
export function serializeError(e: unknown, depth = 0): LoggedError {
  if (!(e instanceof Error)) return { type: typeof e, message: withoutParams(String(e)) };
  const out: LoggedError = { type: e.name, message: withoutParams(e.message) };
  const code = (e as { code?: unknown }).code;
  if (typeof code === "string") out.code = code;
  const digest = (e as { digest?: unknown }).digest;
  if (typeof digest === "string") out.digest = digest;
  if (e.cause !== undefined && depth < 1) out.cause = serializeError(e.cause, depth + 1);
  const frames = e.stack
    ?.split("\n")
    .filter((l) => /^\s+at /.test(l))
    .slice(0, 15)
    .join("\n");
  if (frames) out.stack = frames;
  return out;
}
