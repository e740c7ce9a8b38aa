/**
 * One wrapper gives a route handler its request id and logger (issue 17): the id (a sane incoming
 * `x-request-id`, else a new one) is echoed in the response's `x-request-id`, every request ends
 * with one `request` log line (method, path, status, ms, shopId when known), and an unexpected
 * exception is logged once, here, and answered `500 { error: { code: "INTERNAL" } }` as JSON.
 * Used by the merchant API (`merchantApi`), the platform feed and the sweep.
 */
import { logger, type Logger } from "@/lib/log/logger";
import { REQUEST_ID_HEADER, requestIdFrom } from "@/lib/log/request-id";

/** What a handler gets: its request id, a logger bound to it, and a way to add the shop once known. */
export interface RequestLog {
  reqId: string;
  /** Bound to `reqId` (and `shopId` after `shop()`). */
  log: Logger;
  /** Binds the shop id to this request's later log lines. */
  shop(shopId: string): void;
}

export const INTERNAL_ERROR_BODY = { error: { code: "INTERNAL", message: "internal error; nothing was changed" } } as const;

/** Runs `handler` with a RequestLog; see the file comment for what is logged and answered. */
export async function withRequestLog(req: Request, handler: (rl: RequestLog) => Promise<Response>): Promise<Response> {
  const t0 = performance.now();
  const reqId = requestIdFrom(req.headers);
  const rl: RequestLog = {
    reqId,
    log: logger().child({ reqId }),
    shop(id) {
      rl.log = logger().child({ reqId, shopId: id });
    },
  };
  let res: Response;
  try {
    res = await handler(rl);
  } catch (e) {
    rl.log.error({ err: e, method: req.method, path: new URL(req.url).pathname }, "unexpected error");
    res = Response.json(INTERNAL_ERROR_BODY, { status: 500 });
  }
  res.headers.set(REQUEST_ID_HEADER, reqId);
  rl.log.info({ method: req.method, path: new URL(req.url).pathname, status: res.status, ms: Math.round((performance.now() - t0) * 10) / 10 }, "request");
  return res;
}
