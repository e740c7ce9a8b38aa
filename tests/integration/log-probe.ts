/**
 * Writes log lines through the product's real logger for logging.test.ts: an error nothing caught
 * (as Next's onRequestError passes it) and a route wrapper whose handler throws.
 */
import { withRequestLog } from "@/lib/http/request-log";
import { logRequestError } from "@/lib/log/request-error";

const failedQuery = new Error('Failed query: insert into "user" ("email", "name") values ($1, $2)\nparams: leak@example.com,小林', {
  cause: Object.assign(new Error('duplicate key value violates unique constraint "user_email_unique"'), { code: "23505", detail: "Key (email)=(leak@example.com) already exists." }),
});
Object.assign(failedQuery, { digest: "1234567890" });

logRequestError(
  failedQuery,
  { path: "/refunds?q=leak@example.com", method: "GET", headers: { "x-request-id": "probe-1", cookie: "better-auth.session_token=secret-cookie", authorization: "Bearer asd_secret-token" } },
  { routerKind: "App Router", routePath: "/refunds", routeType: "render", renderSource: "react-server-components", revalidateReason: undefined, renderType: "dynamic" } as never,
);

const res = await withRequestLog(new Request("http://localhost/api/v1/refunds", { headers: { "x-request-id": "probe-2", authorization: "Bearer asd_secret-token" } }), async (rl) => {
  rl.shop("shop-probe");
  throw failedQuery;
});
process.stdout.write(`RESPONSE ${res.status} ${res.headers.get("x-request-id")} ${await res.text()}\n`);
