import { getAuth } from "@/lib/auth/auth";
import { auditedSignIn } from "@/lib/services/settings/sign-in";

async function handle(req: Request): Promise<Response> {
  const auth = await getAuth();
  if (req.method === "POST" && new URL(req.url).pathname.endsWith("/sign-in/email")) {
    return auditedSignIn(req, (r) => auth.handler(r), req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? null);
  }
  return auth.handler(req);
}

export { handle as GET, handle as POST };
