/** GET /api/ready (issue 17): 200 when this instance should receive traffic, else 503; see lib/server/readiness.ts. */
import { readiness } from "@/lib/server/readiness";

export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const r = await readiness();
  return Response.json(r, { status: r.status === "ready" ? 200 : 503, headers: { "cache-control": "no-store" } });
}
