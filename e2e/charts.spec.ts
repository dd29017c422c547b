import { readFileSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";

/**
 * One honest chart: what the page draws and what the exported SVG contains are the same chart
 * (compared as SVG trees: ticks, values with qualifiers, categories, legend), and the charts do
 * not mislead (missing years shown, part years compared apart, forecasts with their qualifier).
 */

const PAGES = ["/", "/sectors/trade", "/sectors/investment", "/sectors/energy", "/sectors/transport", "/sectors/digital", "/indicators/exports-az-to-kz"];

interface Body {
  ticks: string[];
  values: string[];
  categories: string[];
  legend: string[];
  footnotes: string[];
  markers: string[];
}

/** The texts of a chart body by role, in document order. */
const readBody = (root: Element): Body => {
  const all = (role: string) => [...root.querySelectorAll(`[data-role="${role}"]`)].map((e) => (e.textContent ?? "").trim());
  return { ticks: all("tick"), values: all("value"), categories: all("category"), legend: all("legend"), footnotes: all("footnote"), markers: all("marker-label") };
};

async function pageBody(figure: Locator): Promise<Body> {
  return figure.locator('svg[data-variant="wide"]').evaluate((svg, fn) => new Function(`return (${fn})`)()(svg), readBody.toString());
}

async function exportedBody(page: Page, figure: Locator): Promise<Body> {
  await expect(figure.locator("[data-export-ready]")).toHaveCount(1);
  await figure.getByRole("button", { name: /^Export / }).click();
  const pending = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Download SVG" }).click();
  const text = readFileSync(await (await pending).path(), "utf8");
  return page.evaluate(
    ([svg, fn]) => {
      const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
      const chart = doc.querySelector('[data-role="chart"]');
      if (!chart) throw new Error("no chart in the file");
      return new Function(`return (${fn})`)()(chart);
    },
    [text, readBody.toString()] as const,
  );
}

test.describe("the exported SVG is the chart on the page", () => {
  test.use({ viewport: { width: 1440, height: 900 } });
  for (const path of PAGES) {
    test(`every chart on ${path}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(path);
      const figures = page.locator("[data-chart-figure]");
      const n = await figures.count();
      expect(n).toBeGreaterThan(0);
      for (let i = 0; i < n; i++) {
        const figure = figures.nth(i);
        const id = await figure.getAttribute("data-chart-figure");
        const onPage = await pageBody(figure);
        expect(onPage.ticks.length, id ?? "").toBeGreaterThan(1);
        expect(onPage.values.length + onPage.categories.length, id ?? "").toBeGreaterThan(0);
        const inFile = await exportedBody(page, figure);
        expect(inFile, id ?? "").toEqual(onPage);
      }
    });
  }
});

test.describe("charts that do not mislead", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("the exports chart shows 2020 and 2021 as years without a figure, not as skipped", async ({ page }) => {
    await page.goto("/indicators/exports-az-to-kz");
    const svg = page.locator('[data-chart-figure] svg[data-variant="wide"]');
    const categories = await svg.locator('[data-role="category"]').allTextContents();
    expect(categories.slice(0, 5)).toEqual(["2019", "2020", "2021", "2022", "2023"]);
    for (const year of ["2020", "2021"]) {
      const gaps = svg.locator(`g[data-mark-kind="gap"][data-tip-heading$=", ${year}"]`);
      expect(await gaps.count(), year).toBeGreaterThan(0);
      await expect(gaps.first()).toHaveAttribute("data-tip-value", /not published|no figure found/);
    }
  });

  test("the trade chart compares Jan–Oct 2025 with the same months of 2024, apart from the years", async ({ page }) => {
    await page.goto("/sectors/trade");
    const svg = page.getByRole("region", { name: "Bilateral trade turnover (USD million)" }).locator('svg[data-variant="wide"]');
    await expect(svg.locator('[data-role="partial-heading"]')).toHaveText("Same months");
    const categories = (await svg.locator('[data-role="category"]').allTextContents()).map((c) => c.replace(/\s+/g, ""));
    expect(categories.slice(-2)).toEqual(["Jan–Oct2024", "Jan–Oct2025"]);
    // The year axis holds only whole years.
    expect(categories.slice(0, -2).every((c) => /^\d{4}$/.test(c))).toBe(true);
    const partial = svg.locator('g[data-mark]:not([data-mark-kind])[data-tip-heading$="Jan–Oct 2025"]');
    await expect(partial.locator('[data-role="value"]')).toHaveText(/^600\.3/);
  });

  test("every value label on the overview is the figure as published, qualifier included", async ({ page, request }) => {
    await page.goto("/");
    let withQualifier = 0;
    for (const sector of ["trade", "investment", "energy", "transport", "digital"]) {
      const spec = (await (await request.get(`/api/panels/${sector}?format=export`)).json()) as { model: { marks: { id: string; label: string; reference: boolean; statusLabel: string }[] } };
      const svg = page.locator(`[data-chart-figure="panel-${sector}"] svg[data-variant="wide"]`);
      for (const m of spec.model.marks) {
        const label = svg.locator(`g[data-mark="${m.id}"] [data-role="value"]`);
        if ((await label.count()) === 0) continue; // no room for a label: the tooltip carries it
        const text = (await label.textContent()) ?? "";
        expect(text.startsWith(m.reference ? `${m.statusLabel} ${m.label}` : m.label), `${sector} ${m.id}: ${text}`).toBe(true);
        if (/^[~<>]/.test(m.label)) withQualifier++;
      }
    }
    // The seed has approximate and lower-bound figures (~680, ~1.5, >130): they must show as such.
    expect(withQualifier).toBeGreaterThan(3);
  });

  test("the energy chart draws a plan as a reference mark, not a bar", async ({ page }) => {
    await page.goto("/?sector=energy");
    const svg = page.getByRole("region", { name: "Energy", exact: true }).locator('svg[data-variant="wide"]');
    const plan = svg.locator('g[data-mark-kind="reference"]');
    expect(await plan.count()).toBeGreaterThan(0);
    await expect(plan.first().locator('[data-role="value"]')).toHaveText(/^plan /);
    await expect(plan.first().locator("rect[data-status]")).toHaveCount(0);
  });

  test("the energy chart shows the 2025 outturn, the 2026 forecast, and the plans as reference marks", async ({ page }) => {
    await page.goto("/?sector=energy");
    const svg = page.getByRole("region", { name: "Energy", exact: true }).locator('svg[data-variant="wide"]');
    // KMG's 2025 outturn (1.3 Mt) replaced the 2025 forecast (~1.2); the forecast drawn now is 2026's.
    const forecast = svg.locator("g[data-mark]:not([data-mark-kind])").filter({ has: page.locator('[data-status="forecast"]') });
    await expect(forecast.locator('[data-role="value"]')).toHaveText(/^1\.6/);
    await expect(svg.locator('g[data-mark-kind="reference"] [data-role="value"]').filter({ hasText: /^plan 1\.7/ })).toHaveCount(1);
  });

  test("a hover over a mark of the overview trade chart shows its value and source", async ({ page }) => {
    await page.goto("/");
    const chart = page.getByRole("region", { name: "Trade", exact: true }).locator("[data-chart]");
    await expect(chart).toHaveAttribute("data-chart-ready", "");
    const marks = chart.locator('svg[data-variant="wide"] g[data-mark]:not([data-mark-kind])');
    const count = await marks.count();
    expect(count).toBeGreaterThan(5);
    for (let i = 0; i < count; i++) {
      const mark = marks.nth(i);
      await mark.hover();
      const tip = page.getByRole("tooltip");
      await expect(tip).toBeVisible();
      await expect(tip).toContainText((await mark.getAttribute("data-tip-value")) ?? "");
      await expect(tip).toContainText(/Source: .+, (\d{1,2} )?([A-Z][a-z]{2} )?\d{4}|Source: .+, undated/);
    }
  });

  test("anywhere in the plot, the pointer reads the nearest mark: above a bar, over an empty year, on a category label", async ({ page }) => {
    await page.goto("/indicators/exports-az-to-kz");
    const chart = page.locator("[data-chart]");
    await expect(chart).toHaveAttribute("data-chart-ready", "");
    const svg = chart.locator('svg[data-variant="wide"]');
    const grid = await svg.locator('[data-role="grid"]').evaluateAll((ls) => Math.min(...ls.map((l) => l.getBoundingClientRect().top)));
    const marks = svg.locator('g[data-mark]:not([data-mark-kind="marker"])');
    const count = await marks.count();
    expect(count).toBeGreaterThan(4);
    const tip = page.getByRole("tooltip");
    for (let i = 0; i < count; i++) {
      const box = (await marks.nth(i).locator(":scope > :not([data-role=value])").first().boundingBox())!;
      // Near the top of the plot, straight above the mark: empty space (or the mark itself where it is tall).
      await page.mouse.move(box.x + box.width / 2, grid + 3);
      await expect(tip).toBeVisible();
      await expect(tip).toContainText((await marks.nth(i).getAttribute("data-tip-heading")) ?? "");
    }
    // Off the plot (over the legend), nothing is read.
    const legend = (await svg.locator('[data-role="legend"]').first().boundingBox())!;
    await page.mouse.move(legend.x + 2, legend.y + legend.height / 2);
    await expect(tip).toBeHidden();
  });

  test("one Tab stop per chart: at most 60 before the footer of the overview", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("[data-chart-ready]")).toHaveCount(5);
    // Real Tab presses from the top of the page until focus reaches the footer.
    await page.locator("body").focus();
    let stops = 0;
    for (; stops < 200; stops++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => !!document.activeElement?.closest("footer") || document.activeElement === document.body)) break;
    }
    expect(stops).toBeLessThanOrEqual(60);
  });

  test("arrow keys read the marks in order and Escape closes the tooltip", async ({ page }) => {
    await page.goto("/indicators/exports-az-to-kz");
    const chart = page.locator("[data-chart]");
    await expect(chart).toHaveAttribute("data-chart-ready", "");
    await chart.focus();
    const tip = page.getByRole("tooltip");
    await page.keyboard.press("ArrowRight");
    await expect(tip).toContainText("Azerbaijani side, 2019");
    await page.keyboard.press("ArrowRight");
    await expect(tip).toContainText("Kazakh side, 2019");
    await page.keyboard.press("ArrowRight");
    await expect(tip).toContainText("2020");
    await page.keyboard.press("End");
    await expect(tip).toContainText("H1 2024");
    await page.keyboard.press("Escape");
    await expect(tip).toBeHidden();
  });
});

test.describe("at phone width", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("every chart shows its narrow drawing and nothing scrolls sideways", async ({ page }) => {
    for (const path of PAGES) {
      await page.goto(path);
      const narrow = page.locator('svg[data-variant="narrow"]');
      expect(await narrow.count(), path).toBeGreaterThan(0);
      // Panels below the first screen are drawn when they come near it (content-visibility: auto).
      await narrow.first().scrollIntoViewIfNeeded();
      await expect(narrow.first()).toBeVisible();
      await expect(page.locator('svg[data-variant="wide"]').first()).toBeHidden();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test("a tap shows a mark's values", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await page.goto("/?sector=transport");
    const chart = page.locator("[data-chart]");
    await expect(chart).toHaveAttribute("data-chart-ready", "");
    await chart.locator('svg[data-variant="narrow"] g[data-mark]:not([data-mark-kind])').first().tap();
    await expect(page.getByRole("tooltip")).toContainText("Source:");
    // A tap in the empty plot above a mark reads that mark.
    const last = chart.locator('svg[data-variant="narrow"] g[data-mark]:not([data-mark-kind])').last();
    const box = (await last.boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y - 12);
    await expect(page.getByRole("tooltip")).toContainText(
      (await chart.locator(`svg[data-variant="wide"] g[data-mark="${await last.getAttribute("data-mark")}"]`).getAttribute("data-tip-heading")) ?? "",
    );
    await expect(page).toHaveURL(/\?sector=transport$/);
    await context.close();
  });
});
