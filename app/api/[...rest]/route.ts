/** Unknown routes under /api answer JSON 404, never an HTML page. */
function notFound(): Response {
  return Response.json({ error: { code: "NOT_FOUND", message: "no such API route" } }, { status: 404 });
}

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE };
