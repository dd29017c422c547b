import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { pdfPages } from "./fixtures/pdf";

/** The page script (lib/page-theme.ts) is in the head, so the buttons work once the page is parsed. */
async function copied(page: Page, button: ReturnType<Page["getByRole"]>): Promise<string> {
  await button.click();
  await expect(button.locator("xpath=..").locator("[data-copy-status]")).toHaveText("Link copied");
  return page.evaluate(() => navigator.clipboard.readText());
}

/** axe's violations on the page, one line each with the first few places, so a failure says where. */
async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .map((n) => n.target.join(" "))
        .slice(0, 5)
        .join(", ")}`,
  );
}

test.describe("copy link", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("copies the canonical URL of the current view, and of one chart in it", async ({ page, baseURL }) => {
    // Parameters the page is not rendered from are not part of the view.
    await page.goto("/sectors/trade?to=2024&from=2021&utm_source=mail");
    const pageLink = page.getByRole("button", { name: "Copy link to this view" });
    expect(await copied(page, pageLink)).toBe(`${baseURL}/en/sectors/trade?from=2021&to=2024`);
    const chartLink = page.getByRole("button", { name: "Copy link to Bilateral trade turnover" });
    expect(await copied(page, chartLink)).toBe(`${baseURL}/en/sectors/trade?from=2021&to=2024#chart-ind-trade-turnover`);
    // The copied chart link opens the same view with that chart in it.
    await page.goto(`${baseURL}/en/sectors/trade?from=2021&to=2024#chart-ind-trade-turnover`);
    await expect(page.locator("#chart-ind-trade-turnover [data-mark]").first()).toBeAttached();
  });

  test("an overview chart's export menu copies the chart's link and its embed code", async ({ page, baseURL }) => {
    await page.goto("/?from=2020");
    const panel = page.getByRole("region", { name: "Trade", exact: true });
    const menu = panel.getByRole("button", { name: /Export Bilateral trade turnover/ });
    await expect(panel.locator("[data-export-ready]")).toBeAttached();
    await menu.click();
    await page.getByRole("menuitem", { name: "Copy link to this chart" }).click();
    await expect(panel.getByRole("status").filter({ hasText: "Link copied" })).toBeAttached();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/en?from=2020#chart-panel-trade`);
    await menu.click();
    await page.getByRole("menuitem", { name: "Copy embed code" }).click();
    await expect(panel.getByRole("status").filter({ hasText: "Embed code copied" })).toBeAttached();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toMatch(new RegExp(`^<iframe src="${baseURL}/embed/panels/trade\\?from=2020" width="640" height="520" title="Bilateral trade turnover"`));
    // The code's page is the chart's embed.
    const src = /src="([^"]+)"/.exec(code)![1]!;
    const res = await page.request.get(src);
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain('data-chart="panel-trade"');
  });

  test("follows a filter change made on the page", async ({ page, baseURL }) => {
    await page.goto("/");
    await page.getByLabel("Sector", { exact: true }).selectOption("energy");
    await expect(page).toHaveURL(/\?sector=energy$/);
    const link = page.getByRole("button", { name: "Copy link to this view" });
    await expect(link).toHaveAttribute("data-url", "/en?sector=energy");
    expect(await copied(page, link)).toBe(`${baseURL}/en?sector=energy`);
  });
});

test.describe("dark mode", () => {
  test("follows the system, the toggle overrides it and is remembered", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/");
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const chartInk = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--chart-ink").trim());
    expect(await background()).toBe("rgb(2, 6, 23)");
    expect(await chartInk()).toBe("#f1f5f9");
    const toggle = page.getByRole("button", { name: "Dark mode" });
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await toggle.click();
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    expect(await background()).toBe("rgb(248, 250, 252)");
    await page.reload();
    await expect(page.getByRole("button", { name: "Dark mode" })).toHaveAttribute("aria-pressed", "false");
    expect(await chartInk()).toBe("#0f172a");
    await page.getByRole("button", { name: "Dark mode" }).click();
    await page.emulateMedia({ colorScheme: "light" });
    await page.reload();
    expect(await background()).toBe("rgb(2, 6, 23)");
  });

  for (const path of ["/", "/sectors/trade"]) {
    test(`${path} passes axe in the dark theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: "dark" });
      await page.goto(path);
      await expect(page.locator("[data-chart-ready]").first()).toBeAttached();
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme)).toBe("dark");
      expect(await axeViolations(page)).toEqual([]);
    });
  }

  test("the interactive (Recharts) view of an indicator paints with the dark chart colours and passes axe", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/indicators/trade-turnover");
    await page.getByRole("button", { name: "Open the interactive chart" }).click();
    const region = page.getByRole("region", { name: "Interactive chart" });
    await expect(region.locator(".recharts-bar-rectangle").first()).toBeVisible();
    const paints = await region.evaluate((r) => {
      const fill = (s: string) => getComputedStyle(r.querySelector(s) as Element).fill;
      return { bar: fill(".recharts-bar-rectangle path"), tick: fill(".recharts-yAxis-tick-labels text"), grid: getComputedStyle(r.querySelector(".recharts-cartesian-grid line") as Element).stroke };
    });
    // CHART_COLOURS_DARK: az #60a5fa, text #cbd5e1, grid #334155 (the light ones are #1d4ed8, #334155, #e2e8f0).
    expect(paints).toEqual({ bar: "rgb(96, 165, 250)", tick: "rgb(203, 213, 225)", grid: "rgb(51, 65, 85)" });
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1440, height: 1000 });
    await region.scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath("indicator-dark-interactive-1440.png"), fullPage: true });
  });
});

test.describe("print", () => {
  test("/sectors/trade prints on at most two A4 pages, without controls, with its sources' addresses", async ({ page }) => {
    // Printing is light even when the screen is dark.
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/sectors/trade");
    await expect(page.locator("[data-chart-ready]").first()).toBeAttached();
    const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(2);
    const text = pages.join("\n");
    expect(text).toContain("Bilateral trade turnover");
    for (const control of [/\bExport\b/, /Copy link/, /Dark mode/, /Reset filters/, /Skip to content/]) expect(text).not.toMatch(control);
    // A source line under a chart, with its address.
    expect(text).toMatch(/Source: [^\n]+ <https?:\/\//);
  });
});
