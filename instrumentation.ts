/**
 * Next's start-up and error hooks. NEXT_RUNTIME and NEXT_PHASE are Next's own process facts, not
 * our configuration: they say whether this is the Node.js server (not the edge runtime or a build).
 */
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // Issue 16: every request carries its socket's peer address (the sign-in limits' client address
  // without a trusted proxy). The configuration is parsed first thing in bootServer.
  const { installPeerAddressHeader } = await import("./lib/http/client-address");
  installPeerAddressHeader();
  const { bootServer } = await import("./lib/boot");
  await bootServer();
}

/** Every error a page, server action or route handler did not handle, logged once as JSON (issue 17). */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("./lib/log/request-error");
  logRequestError(error, request, context);
};
