/**
 * better-auth's HTTP endpoints (sign-in, sign-out, session). Every body is read within its size
 * limit first (413 over it); the caller's address is resolved once (TRUSTED_PROXY) and is the only
 * address better-auth sees; sign-in goes through the audited, per-account-limited wrapper.
 */
import { getAuth } from "@/lib/auth/auth";
import { config as appConfig, SIGN_IN_ACCOUNT_WINDOW_SECONDS } from "@/lib/config/config";
import { authRequest } from "@/lib/http/auth-request";
import { clientAddress } from "@/lib/http/client-address";
import { withRequestLog } from "@/lib/http/request-log";
import { auditedSignIn } from "@/lib/services/settings/sign-in";
import { MAX_AUTH_BODY_BYTES } from "@/lib/validation/sign-in";

async function handle(req: Request): Promise<Response> {
  const config = appConfig();
  const client = clientAddress(req.headers, config.trustedProxyHops);
  const forwarded = await authRequest(req, client);
  if (!forwarded) return Response.json({ code: "PAYLOAD_TOO_LARGE", message: `body over ${MAX_AUTH_BODY_BYTES} bytes` }, { status: 413 });
  const auth = await getAuth();
  if (req.method === "POST" && new URL(req.url).pathname.endsWith("/sign-in/email")) {
    return auditedSignIn(forwarded.request, forwarded.text, (r) => auth.handler(r), client, { accountMax: config.signInAccountMax, windowSeconds: SIGN_IN_ACCOUNT_WINDOW_SECONDS });
  }
  return auth.handler(forwarded.request);
}

/** Logged with its request id; whatever is thrown answers the contract's JSON 500 (issues 16, 17). */
const route = (req: Request) => withRequestLog(req, () => handle(req));
export { route as GET, route as POST };
