import writeXlsxFile from "write-excel-file/node";
import { requireRole } from "@/db/auth/request";
import { listTemplateFigures, listTemplateIndicators } from "@/db/queries/import";
import { RELEASE_SHEET } from "@/lib/import/read-file";
import { templateCsv, templateSheets, type TemplateRow } from "@/lib/import/template";

export const dynamic = "force-dynamic";

/** GET ?format=csv|xlsx[&indicator=slug]: the release template, empty or holding one indicator's current figures. Editors only. */
export async function GET(request: Request) {
  if (!(await requireRole(["admin", "editor"]))) return new Response("Sign in to download the template.\n", { status: 401, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const url = new URL(request.url);
  const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const slug = url.searchParams.get("indicator");
  let rows: TemplateRow[] = [];
  if (slug) {
    const figures = listTemplateFigures(slug);
    if (!figures) return new Response("No such indicator.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
    rows = figures;
  }
  const name = `release-${slug && /^[a-z0-9-]{1,60}$/.test(slug) ? slug : "template"}.${format}`;
  const headers = { "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" };
  const indicators = listTemplateIndicators();
  if (format === "csv") return new Response(templateCsv(indicators, rows), { headers: { ...headers, "Content-Type": "text/csv; charset=utf-8" } });
  const sheets = templateSheets(indicators, rows);
  // Every cell is text: Excel would otherwise turn 2026-01-31 into a locale-formatted date and 0.9902 into 0.99.
  const asText = (data: string[][]) => data.map((r) => r.map((value) => ({ value, type: String })));
  const buffer = await writeXlsxFile(
    [
      { sheet: RELEASE_SHEET, data: asText(sheets.release), stickyRowsCount: 1, columns: sheets.release[0]!.map(() => ({ width: 18 })) },
      { sheet: "Allowed values", data: asText(sheets.guide), columns: [{ width: 28 }, { width: 24 }, { width: 90 }] },
    ],
    {},
  ).toBuffer();
  return new Response(new Uint8Array(buffer), { headers: { ...headers, "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" } });
}
