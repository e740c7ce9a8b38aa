import { secrets } from "@/lib/config/server-config";
import { readBodyLimited } from "@/lib/http/body";
import { verifySignature } from "@/lib/http/signature";
import { sweepDeadlines } from "@/lib/services/refunds/sweep";

export async function POST(req: Request): Promise<Response> {
  const body = await readBodyLimited(req, 64 * 1024);
  if (!body.ok) return Response.json({ error: { code: "PAYLOAD_TOO_LARGE", message: "body too large" } }, { status: 413 });
  if (!verifySignature(body.text, req.headers.get("x-signature"), secrets().webhookSecret)) {
    return Response.json({ error: { code: "UNAUTHORIZED", message: "missing or wrong X-Signature" } }, { status: 401 });
  }
  return Response.json({ applied: await sweepDeadlines() });
}
