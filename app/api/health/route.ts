/** GET /api/health (issue 17): the process is alive and serving. No auth; nothing about the database. */
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
