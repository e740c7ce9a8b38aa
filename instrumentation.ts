export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // Issue 16: a malformed hardening variable stops the start with its name; every later request
  // carries its socket's peer address (the sign-in limits' client address without a trusted proxy).
  const { httpConfig } = await import("./lib/config/http-config");
  httpConfig();
  const { installPeerAddressHeader } = await import("./lib/http/client-address");
  installPeerAddressHeader();
  const { bootServer } = await import("./lib/boot");
  await bootServer();
}
