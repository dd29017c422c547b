/** JSON error bodies shared by the API routes: a message and, for bad parameters, one line per field. */
export function badRequest(errors: Record<string, string>) {
  const detail = Object.entries(errors)
    .map(([k, v]) => `${k} ${v}`)
    .join("; ");
  return Response.json({ error: `Invalid query parameter: ${detail}`, fields: errors }, { status: 400 });
}

export function notFoundJson(what: string) {
  return Response.json({ error: `${what} not found` }, { status: 404 });
}
