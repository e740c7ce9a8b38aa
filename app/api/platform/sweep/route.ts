import { secrets } from "@/lib/config/server-config";
import { readBodyLimited } from "@/lib/http/body";
import { jsonRoute } from "@/lib/http/route";
import { verifySignature } from "@/lib/http/signature";
import { sweepDeadlines } from "@/lib/services/refunds/sweep";

/** API.md §2: applies every deadline that has passed, signed like the feed. */
export const POST = jsonRoute("deadline sweep", async (req: Request): Promise<Response> => {
  const body = await readBodyLimited(req, 64 * 1024);
  if (!body.ok) return Response.json({ error: { code: "PAYLOAD_TOO_LARGE", message: "body too large" } }, { status: 413 });
  if (!verifySignature(body.text, req.headers.get("x-signature"), secrets().webhookSecret)) {
    return Response.json({ error: { code: "UNAUTHORIZED", message: "missing or wrong X-Signature" } }, { status: 401 });
  }
  return Response.json({ applied: await sweepDeadlines() });
});
