/**
 * Next's `onRequestError` (instrumentation.ts): an error no handler caught — in a page, a server
 * action or a route handler — is logged here once, with the request id (the incoming sane
 * `x-request-id`, else a new one), the route and the error's digest (what the user's error page
 * shows), never the request's headers, cookies or body. Our own route wrappers (lib/http/request-log.ts)
 * catch their errors themselves, so those never arrive here twice.
 */
import type { Instrumentation } from "next";
import { logger } from "./logger";
import { requestIdFrom } from "./request-id";

type Args = Parameters<Instrumentation.onRequestError>;

export function logRequestError(error: Args[0], request: Args[1], context: Args[2]): void {
  const header = request.headers["x-request-id"];
  const reqId = requestIdFrom({ get: () => (Array.isArray(header) ? (header[0] ?? null) : (header ?? null)) });
  logger().error(
    {
      err: error,
      reqId,
      method: request.method,
      path: request.path.split("?")[0],
      route: context.routePath,
      routeType: context.routeType,
      routerKind: context.routerKind,
    },
    "unexpected error",
  );
}
