/** An uploaded evidence image, only to users of the shop that owns it; never run as a document. */
import { headers } from "next/headers";
import { shopUserFromHeaders } from "@/lib/auth/session";
import { readEvidence } from "@/lib/services/refunds/evidence";

export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const user = await shopUserFromHeaders(await headers());
  if (!user) return new Response("unauthorized", { status: 401 });
  const f = await readEvidence(user.shopId, (await params).file);
  if (!f) return new Response("not found", { status: 404 });
  return new Response(new Uint8Array(f.bytes), {
    headers: {
      "content-type": f.contentType,
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
      "cache-control": "private, max-age=86400",
    },
  });
}
