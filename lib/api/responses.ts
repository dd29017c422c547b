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

/** A CSV file answer: downloaded under its descriptive name when the URL is opened in a browser. */
export function csvResponse(csv: string, fileName: string) {
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      // File names are built from slugs (ASCII letters, digits, hyphens), so no RFC 5987 encoding is needed.
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}

/**
 * The origin the client used to reach us, for absolute links inside responses. Next's `nextUrl.origin`
 * reports the server's own host name (e.g. localhost when bound to 127.0.0.1), which would differ from
 * the page's `window.location.origin` and make the same CSV differ between the menu and the URL.
 */
export function requestOrigin(request: { headers: Headers; nextUrl: URL }): string {
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || request.nextUrl.protocol.replace(/:$/, "");
  return host ? `${proto}://${host}` : request.nextUrl.origin;
}
