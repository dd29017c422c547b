import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { openFigureTables } from "./fixtures/tables";
import { expect, test, type Download, type Locator, type Page } from "@playwright/test";
import { PNG } from "pngjs";
import { fontCheck } from "./fixtures/png";
import { formatValue } from "../lib/format";
import { en } from "../lib/i18n/en";

/** One chart per sector on the overview, and one on a sector page. */
interface ChartCase {
  name: string;
  path: string;
  scope: (page: Page) => Locator;
  /** How the file names of this chart begin. */
  fileStart: string;
}

const panel = (name: string) => (page: Page) => page.getByRole("region", { name, exact: true });

const CHARTS: ChartCase[] = [
  { name: "trade panel", path: "/en", scope: panel("Trade"), fileStart: "trade-turnover-az-and-kz-sides-" },
  { name: "investment panel", path: "/en", scope: panel("Investment"), fileStart: "investment-az-in-kz-and-kz-in-az-" },
  { name: "energy panel", path: "/en", scope: panel("Energy"), fileStart: "oil-transit-btc-kz-side-" },
  { name: "transport panel", path: "/en", scope: panel("Transport"), fileStart: "titr-cargo-kz-side-" },
  { name: "digital panel", path: "/en", scope: panel("Digital"), fileStart: "tcfo-capacity-" },
  { name: "trade sector page, trade turnover", path: "/en/sectors/trade", scope: panel("Bilateral trade turnover (USD million)"), fileStart: "trade-turnover-az-and-kz-sides-" },
];

const QUALIFIER_CODE = Object.fromEntries(Object.entries(en.export.csv.qualifier).map(([code, label]) => [label, code])) as Record<string, "exact" | "approx" | "more_than" | "less_than">;

function exportButton(scope: Locator): Locator {
  return scope.getByRole("button", { name: /^Export / });
}

async function download(
  page: Page,
  scope: Locator,
  item: "Download PNG" | "PNG social card (1200 × 675)" | "PNG for print (2400 px wide)" | "Download SVG" | "Download CSV",
): Promise<{ download: Download; body: Buffer }> {
  await exportButton(scope).click();
  const pending = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: item }).click();
  const d = await pending;
  return { download: d, body: readFileSync(await d.path()) };
}

async function openChart(page: Page, chart: ChartCase, query = ""): Promise<Locator> {
  await page.goto(chart.path + query);
  const scope = chart.scope(page);
  // Interactive once the chart is there and the menu button has hydrated.
  await expect(scope.locator("[data-chart] [data-mark]").filter({ visible: true }).first()).toBeVisible();
  await expect(scope.locator("[data-export-ready]")).toHaveCount(1);
  await expect(exportButton(scope)).toBeEnabled();
  return scope;
}

function readCsv(body: Buffer) {
  return parse(body, { bom: true, comment: "#", comment_no_infix: true, columns: true }) as Record<string, string>[];
}

function chartTitle(accessibleName: string): string {
  return accessibleName.replace(/^Export /, "");
}

/** The legend of the chart as the page draws it (its wide drawing, the one the files wrap). */
async function legendTexts(scope: Locator): Promise<string[]> {
  return scope.locator('svg[data-variant="wide"] [data-role="legend"]').allTextContents();
}

/** Marks the page chart draws from figures (values and reference marks, not the slots of missing figures). */
function drawnMarks(scope: Locator): Locator {
  return scope.locator('svg[data-variant="wide"] g[data-mark]:not([data-mark-kind]), svg[data-variant="wide"] g[data-mark-kind="reference"]');
}

test.describe("export a chart as PNG", () => {
  for (const chart of CHARTS) {
    test(`${chart.name}: a 2× PNG that decodes and is not blank`, async ({ page }) => {
      const scope = await openChart(page, chart);
      const { download: d, body } = await download(page, scope, "Download PNG");
      expect(d.suggestedFilename()).toMatch(new RegExp(`^${chart.fileStart}\\d{4}(-\\d{4})?\\.png$`));
      expect([...body.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const png = PNG.sync.read(body);
      expect(png.width).toBeGreaterThanOrEqual(1200);
      expect(png.height).toBeGreaterThan(600);
      const colours = new Set<number>();
      for (let i = 0; i < png.data.length; i += 4) colours.add(png.data.readUInt32BE(i));
      expect(colours.size).toBeGreaterThan(200);
    });
  }
});

test.describe("PNG sizes", () => {
  test("the social card is 1200 × 675 and the print size 2400 px wide, each named for its size", async ({ page }) => {
    const scope = await openChart(page, CHARTS[0]!);
    const social = await download(page, scope, "PNG social card (1200 × 675)");
    expect(social.download.suggestedFilename()).toMatch(/^trade-turnover-az-and-kz-sides-\d{4}-\d{4}-social-card\.png$/);
    const card = PNG.sync.read(social.body);
    expect([card.width, card.height]).toEqual([1200, 675]);
    const print = await download(page, scope, "PNG for print (2400 px wide)");
    expect(print.download.suggestedFilename()).toMatch(/^trade-turnover-az-and-kz-sides-\d{4}-\d{4}-print\.png$/);
    const big = PNG.sync.read(print.body);
    expect(big.width).toBe(2400);
    expect(big.height).toBeGreaterThan(1200);
    // Not blank: the frame's text and bars are drawn in many colours.
    for (const png of [card, big]) {
      const colours = new Set<number>();
      for (let i = 0; i < png.data.length; i += 16) colours.add(png.data.readUInt32BE(i));
      expect(colours.size).toBeGreaterThan(100);
    }
  });
});

test.describe("export a chart as SVG", () => {
  for (const chart of CHARTS) {
    test(`${chart.name}: a well-formed SVG with title, sources and legend`, async ({ page }) => {
      const scope = await openChart(page, chart);
      const title = chartTitle((await exportButton(scope).getAttribute("aria-label")) ?? "");
      const legend = await legendTexts(scope);
      const pageMarkers = await scope.locator('svg[data-variant="wide"] [data-role="marker"]').count();
      const { download: d, body } = await download(page, scope, "Download SVG");
      expect(d.suggestedFilename()).toMatch(new RegExp(`^${chart.fileStart}\\d{4}(-\\d{4})?\\.svg$`));
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, "image/svg+xml");
        const part = (role: string) => doc.querySelector(`[data-role="${role}"]`)?.textContent ?? null;
        return {
          error: doc.querySelector("parsererror")?.textContent ?? null,
          root: doc.documentElement.nodeName,
          title: part("title"),
          legend: [...doc.querySelectorAll('[data-role="chart"] [data-role="legend"]')].map((t) => t.textContent),
          markers: doc.querySelectorAll('[data-role="chart"] [data-role="marker"]').length,
          documents: doc.querySelectorAll('[data-role="documents"] text').length,
          sources: [...doc.querySelectorAll('[data-role="sources"] text')].map((t) => t.textContent ?? ""),
          text: doc.documentElement.textContent ?? "",
          fonts: [...doc.querySelectorAll("style")].map((s) => s.textContent ?? "").join(""),
        };
      }, body.toString("utf8"));
      expect(parsed.error).toBeNull();
      expect(parsed.root).toBe("svg");
      expect(parsed.title).toBe(title);
      expect(parsed.legend).toEqual(legend);
      // The signed documents the page chart marks (◆) are marked in the file too, and listed.
      expect(parsed.markers).toBe(pageMarkers);
      expect(parsed.documents > pageMarkers || pageMarkers === 0).toBe(true);
      expect(parsed.sources.length).toBeGreaterThan(0);
      expect(parsed.sources[0]).toMatch(/^Source: .+, (\d{1,2} )?([A-Z][a-z]{2} )?\d{4}$|^Source: .+, undated$/);
      expect(parsed.text).toContain("Data as of");
      expect(parsed.text).toContain("Permalink:");
      expect(parsed.text).toContain(new URL(chart.path, page.url()).href);
      expect(parsed.text).toContain("Azerbaijan–Kazakhstan Cooperation Monitor");
      // The page's font travels inside the file.
      expect(parsed.fonts).toMatch(/@font-face\{font-family:'Inter Variable';[^}]*src:url\(data:font\/woff2;base64,/);
    });
  }
});

test.describe("export a chart as CSV", () => {
  for (const chart of CHARTS) {
    test(`${chart.name}: one row per plotted bar, UTF-8 with BOM and metadata`, async ({ page }) => {
      const scope = await openChart(page, chart);
      const title = chartTitle((await exportButton(scope).getAttribute("aria-label")) ?? "");
      const { download: d, body } = await download(page, scope, "Download CSV");
      expect(d.suggestedFilename()).toMatch(new RegExp(`^${chart.fileStart}\\d{4}(-\\d{4})?\\.csv$`));
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = body.toString("utf8");
      expect(text).toContain(`# Title: ${title}\r\n`);
      expect(text).toMatch(/# Exported: \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z\r\n/);
      // The permalink is the page the chart is on; the CSV's own URL follows it.
      expect(text).toContain(`# Permalink: ${new URL(chart.path, page.url()).href}\r\n`);
      expect(text).toMatch(/# CSV URL: http:\/\/127\.0\.0\.1:\d+\/api\/(panels|indicators)\/[a-z-]+\?format=csv\r\n/);
      const rows = readCsv(body);
      await expect(drawnMarks(scope)).toHaveCount(rows.length);
      for (const row of rows) {
        expect(row["Source URL"]).toMatch(/^https?:\/\//);
        expect(row.Indicator).not.toBe("");
      }
    });
  }

  test("honours the period filter: the trade panel's CSV from 2022 has no earlier row, and its values are the figure table's", async ({ page }) => {
    const chart = CHARTS[0]!;
    const scope = await openChart(page, chart, "?from=2022");
    await openFigureTables(scope);
    const { download: d, body } = await download(page, scope, "Download CSV");
    expect(d.suggestedFilename()).toBe("trade-turnover-az-and-kz-sides-2022-2025.csv");
    const text = body.toString("utf8");
    expect(text).toContain("# Filters: sector Trade · period 2022 onwards\r\n");
    const rows = readCsv(body);
    expect(rows.length).toBeGreaterThan(0);
    await expect(drawnMarks(scope)).toHaveCount(rows.length);
    expect(rows.map((r) => r.Period)).not.toContain("2019");
    for (const row of rows) {
      expect(Number(row["Period end"]?.slice(0, 4))).toBeGreaterThanOrEqual(2022);
      const tableRow = scope.locator(`[data-figure-row="${row["Observation ID"]}"]`);
      await expect(tableRow).toHaveCount(1);
      const shown = (await tableRow.locator("td").first().textContent()) ?? "";
      expect(shown).toContain(formatValue(Number(row.Value), QUALIFIER_CODE[row.Qualifier ?? ""]));
      expect(await tableRow.locator("th").textContent()).toContain(row.Period);
      expect(await tableRow.locator("td").nth(1).textContent()).toContain(row.Status);
    }
  });

  test("a sector page chart's CSV follows its filter and matches its table", async ({ page }) => {
    const chart = CHARTS[5]!;
    const scope = await openChart(page, chart, "?from=2023&to=2024");
    await openFigureTables(scope);
    const { body } = await download(page, scope, "Download CSV");
    const rows = readCsv(body);
    expect(rows.map((r) => `${r.Period} ${r.Reporter}`)).toEqual(["2023 Azerbaijani side", "2023 Kazakh side", "2024 Azerbaijani side", "2024 Kazakh side"]);
    for (const row of rows) {
      const shown = (await scope.locator(`[data-figure-row="${row["Observation ID"]}"] td`).first().textContent()) ?? "";
      expect(shown).toContain(formatValue(Number(row.Value), QUALIFIER_CODE[row.Qualifier ?? ""]));
    }
  });
});

test.describe("CSV by URL", () => {
  for (const [chart, query] of [
    [CHARTS[1]!, "?from=2022"],
    [CHARTS[5]!, "?from=2022&to=2024"],
  ] as const) {
    test(`${chart.name}: the URL gives the menu's file, byte for byte apart from the export time and the page it came from`, async ({ page }) => {
      const scope = await openChart(page, chart, query);
      const { download: d, body } = await download(page, scope, "Download CSV");
      const line = (b: Buffer, label: string) => new RegExp(`# ${label}: (\\S+)\r\n`).exec(b.toString("utf8"))?.[1] ?? "";
      expect(line(body, "Permalink")).toBe(new URL(chart.path + query, page.url()).href);
      const csvUrl = line(body, "CSV URL");
      expect(csvUrl).toContain("format=csv");
      const res = await page.request.get(csvUrl);
      expect(res.status()).toBe(200);
      expect(res.headers()["content-type"]).toBe("text/csv; charset=utf-8");
      expect(res.headers()["content-disposition"]).toBe(`attachment; filename="${d.suggestedFilename()}"`);
      const dropTime = (b: Buffer) =>
        b
          .toString("binary")
          .replace(/# Exported: [^\r]*\r\n/, "")
          .replace(/# Permalink: [^\r]*\r\n/, "");
      const fromUrl = await res.body();
      // By URL, the permalink is the chart's own page: a page, never the API.
      expect(line(fromUrl, "Permalink")).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/en(\?sector=[a-z]+|\/indicators\/[a-z-]+\?)/);
      expect(fromUrl.subarray(0, 3)).toEqual(body.subarray(0, 3));
      expect(dropTime(fromUrl)).toBe(dropTime(body));
    });
  }

  test("bad parameters get a 400 with a message; unknown charts a 404", async ({ request }) => {
    for (const [url, field] of [
      ["/api/indicators/trade-turnover?format=xml", "format"],
      ["/api/indicators/trade-turnover?format=csv&from=abc", "from"],
      ["/api/panels/trade?format=csv&from=2025&to=2020", "from"],
      ["/api/panels/trade?format=csv&sector=energy", "sector"],
      ["/api/indicators?format=csv", "format"],
      ["/api/indicators/trade-turnover?format=export&markers=mining", "markers"],
    ] as const) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(400);
      const body = await res.json();
      expect(body.error, url).toMatch(/^Invalid query parameter: /);
      expect(Object.keys(body.fields), url).toContain(field);
    }
    expect((await request.get("/api/panels/mining?format=csv")).status()).toBe(404);
    expect((await request.get("/api/indicators/no-such-indicator?format=csv")).status()).toBe(404);
  });
});

test.describe("export menu", () => {
  test("works from the keyboard alone: Tab, Enter/Space, arrows, Escape", async ({ page }) => {
    const scope = await openChart(page, CHARTS[0]!);
    const button = exportButton(scope);
    await expect(button).toHaveAttribute("aria-haspopup", "menu");
    await expect(button).toHaveAttribute("aria-expanded", "false");
    await expect(button).toHaveAccessibleName("Export Bilateral trade turnover");

    // The element before the button in the tab order is the panel's title link.
    await scope.getByRole("link", { name: "Trade", exact: true }).focus();
    await page.keyboard.press("Tab");
    await expect(button).toBeFocused();

    const menu = page.getByRole("menu", { name: "Export Bilateral trade turnover" });
    const item = (name: string) => menu.getByRole("menuitem", { name });
    await page.keyboard.press("Enter");
    await expect(menu).toBeVisible();
    await expect(button).toHaveAttribute("aria-expanded", "true");
    await expect(item("Download PNG")).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(item("PNG social card (1200 × 675)")).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(item("PNG for print (2400 px wide)")).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(item("Download SVG")).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(item("Download CSV")).toBeFocused();
    // On the overview the menu also holds the chart's link and embed code.
    await page.keyboard.press("ArrowDown");
    await expect(item("Copy link to this chart")).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(item("Copy embed code")).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(item("Download PNG")).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await expect(item("Copy embed code")).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute("aria-expanded", "false");

    await page.keyboard.press(" ");
    await expect(item("Download PNG")).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(button).toBeFocused();

    await page.keyboard.press("ArrowUp");
    await expect(item("Copy embed code")).toBeFocused();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await expect(item("Download CSV")).toBeFocused();
    const pending = page.waitForEvent("download");
    await page.keyboard.press("Enter");
    expect((await pending).suggestedFilename()).toMatch(/^trade-turnover-.*\.csv$/);
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();
  });

  test("a failed export shows a message, downloads nothing, and Retry succeeds", async ({ page }) => {
    const scope = await openChart(page, CHARTS[2]!);
    const downloads: Download[] = [];
    page.on("download", (d) => downloads.push(d));
    // The PNG embeds the page's font; without it the export must fail rather than draw in a fallback font.
    await page.route("**/*.woff2", (route) => route.abort());
    await exportButton(scope).click();
    await page.getByRole("menuitem", { name: "Download PNG" }).click();
    const alert = scope.getByRole("alert");
    await expect(alert).toContainText("The PNG image could not be created, so nothing was downloaded.");
    expect(downloads).toHaveLength(0);

    await page.unrouteAll();
    const pending = page.waitForEvent("download");
    await alert.getByRole("button", { name: "Retry" }).click();
    const d = await pending;
    expect(d.suggestedFilename()).toMatch(/^oil-transit-btc-.*\.png$/);
    await expect(alert).toBeHidden();
    expect(downloads).toHaveLength(1);
  });

  test("the PNG's text is drawn in the page's font, not a fallback", async ({ page }) => {
    const scope = await openChart(page, CHARTS[0]!);
    const png = (await download(page, scope, "Download PNG")).body;
    const svg = (await download(page, scope, "Download SVG")).body.toString("utf8");
    const result = await fontCheck(page, svg, png);
    expect(result.width).toBe(1800);
    // Pixel for pixel the drawing with the embedded font…
    expect(result.sameAsEmbedded).toBeLessThan(0.001);
    // …and clearly not the drawing the browser makes when the font is missing.
    expect(result.sameAsFallback).toBeGreaterThan(0.005);
  });
});
