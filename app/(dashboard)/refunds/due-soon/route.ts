/** The navigation's poll (issue 19): requests due within the last hours before a merchant deadline, and this user's notification choice. */
import { sessionRoute } from "@/lib/http/route";
import { dueSoonFor } from "@/lib/services/alerts/due-soon";

export const GET = sessionRoute("operator", async ({ user }) => Response.json(await dueSoonFor(user.shopId, user.userId, Date.now()), { headers: { "cache-control": "no-store" } }));
