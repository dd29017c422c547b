/**
 * "export" is the chart description the Export menu fetches when a user asks for a file; "table" is
 * the markup of a chart's figure table, which a sector page fetches when its table is first opened.
 */
export const RESPONSE_FORMATS = ["json", "csv", "export", "table"] as const;
export type ResponseFormat = (typeof RESPONSE_FORMATS)[number];

/** `?format=` of the data routes: JSON unless asked for CSV, the export description or the table; anything else is a bad parameter. */
export function parseFormat(params: URLSearchParams): { ok: true; format: ResponseFormat } | { ok: false; errors: Record<string, string> } {
  const raw = params.get("format");
  if (raw === null || raw === "") return { ok: true, format: "json" };
  const format = RESPONSE_FORMATS.find((f) => f === raw.trim().toLowerCase());
  return format ? { ok: true, format } : { ok: false, errors: { format: `must be one of ${RESPONSE_FORMATS.join(", ")}` } };
}
