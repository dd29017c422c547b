import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { PRODUCT_NAME } from "../constants";
import { panelChart } from "../charts/spec";
import { BOM, buildCsv, exportTimestamp, withoutTimestamp } from "./csv";
import { figure } from "../test-support/figure";

const sector = { slug: "trade", name: "Trade" };

function exportOf(figures: ReturnType<typeof figure>[], filters = {}) {
  return panelChart({ sector, figures, gaps: [], seriesBy: "reporter", filters });
}

const meta = {
  exportedAt: new Date("2025-11-28T10:15:30.123Z"),
  permalink: "https://monitor.example/?sector=trade&from=2022",
  csvUrl: "https://monitor.example/api/panels/trade?format=csv&from=2022",
};

function read(csv: string) {
  return parse(csv, { bom: true, comment: "#", comment_no_infix: true, columns: true }) as Record<string, string>[];
}

describe("buildCsv", () => {
  it("starts with a UTF-8 byte-order mark and metadata comment lines", () => {
    const csv = buildCsv(exportOf([figure({ value: 470, periodStart: "2024-01-01", periodEnd: "2024-12-31", reporter: "az" })], { from: 2022 }), meta);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    const lines = csv.slice(1).split("\r\n");
    expect(lines.slice(0, 9)).toEqual([
      "# Title: Bilateral trade turnover",
      "# Unit: USD million",
      "# Currency: USD",
      "# Filters: sector Trade · period 2022 onwards",
      "# Data as of: 2025-10-10 (the latest publication date among the sources of these figures)",
      "# Exported: 2025-11-28T10:15:30Z",
      `# Permalink: ${meta.permalink}`,
      `# CSV URL: ${meta.csvUrl}`,
      `# Product: ${PRODUCT_NAME}`,
    ]);
    expect(lines[9]).toBe("Indicator,Period,Value,Qualifier,Unit,Status,Reporter,Source title,Source URL,Source publisher,Source date,Period start,Period end,Confidence,Observation ID,Indicator ID");
  });

  it("has one row per plotted bar, in chart order, leaving out figures a bar does not show", () => {
    const older = figure({
      value: 461.9,
      periodStart: "2022-01-01",
      periodEnd: "2022-12-31",
      reporter: "kz",
      key: "TK-2022",
      source: { id: 2, title: "First", publisher: "Astana Times", originator: null, url: "https://example.org/1", publishedOn: "2023-04-11" },
    });
    const revised = figure({
      value: 463.3,
      periodStart: "2022-01-01",
      periodEnd: "2022-12-31",
      reporter: "kz",
      key: "TK-2022-rev",
      source: { id: 3, title: "Revised", publisher: "Trend", originator: null, url: "https://example.org/2", publishedOn: "2024-03-05" },
    });
    const az = figure({ value: 680, qualifier: "approx", periodStart: "2022-01-01", periodEnd: "2022-12-31", reporter: "az", key: "TA-2022" });
    const y2023 = figure({ value: 529.4, periodStart: "2023-01-01", periodEnd: "2023-12-31", reporter: "kz", key: "TK-2023", status: "preliminary" });
    const rows = read(buildCsv(exportOf([y2023, older, revised, az]), meta));
    expect(rows.map((r) => r["Observation ID"])).toEqual(["TA-2022", "TK-2022-rev", "TK-2023"]);
    expect(rows[0]).toMatchObject({
      Indicator: "Bilateral trade turnover",
      Period: "2022",
      Value: "680",
      Qualifier: "approximately",
      Unit: "USD million",
      Status: "actual",
      Reporter: "Azerbaijani side",
    });
    expect(rows[2]).toMatchObject({ Value: "529.4", Status: "preliminary", Reporter: "Kazakh side", "Source URL": "https://example.org/a" });
  });

  it("quotes commas, quotes, line breaks and '#', keeps non-Latin text and escapes formulas", () => {
    const title = 'Товарооборот, "AZ–KZ"\nилк Ağdam/Şəki қазақ';
    const f = figure({
      value: 1.5,
      periodStart: "2024-01-01",
      periodEnd: "2024-12-31",
      reporter: "kz",
      periodLabel: "#1 half",
      source: { id: 9, title, publisher: '=HYPERLINK("x")', originator: null, url: "https://example.org/?a=1,b=2", publishedOn: null },
    });
    const csv = buildCsv(exportOf([f]), meta);
    expect(csv).toContain('"Товарооборот, ""AZ–KZ""\nилк Ağdam/Şəki қазақ"');
    expect(csv).toContain('"#1 half"');
    expect(csv).toContain("'=HYPERLINK");
    const [row] = read(csv);
    expect(row?.["Source title"]).toBe(title);
    expect(row?.Period).toBe("#1 half");
    expect(row?.["Source URL"]).toBe("https://example.org/?a=1,b=2");
    expect(row?.["Source date"]).toBe("");
  });

  it("keeps metadata on one line each, whatever the title holds", () => {
    const csv = buildCsv({ ...exportOf([figure({ value: 1, periodStart: "2024-01-01", periodEnd: "2024-12-31", reporter: "az" })]), title: 'Two\r\nlines, "quoted"' }, meta);
    expect(csv).toContain('# Title: Two lines, "quoted"\r\n');
    expect(read(csv)).toHaveLength(1);
  });

  it("differs between two exports of one chart only in the export time", () => {
    const s = exportOf([figure({ value: 1, periodStart: "2024-01-01", periodEnd: "2024-12-31", reporter: "az" })]);
    const a = buildCsv(s, meta);
    const b = buildCsv(s, { ...meta, exportedAt: new Date("2026-01-01T00:00:00Z") });
    expect(a).not.toBe(b);
    expect(withoutTimestamp(a)).toBe(withoutTimestamp(b));
  });
});

describe("exportTimestamp", () => {
  it("is UTC to the second", () => {
    expect(exportTimestamp(new Date("2025-01-02T03:04:05.678Z"))).toBe("2025-01-02T03:04:05Z");
  });
});
