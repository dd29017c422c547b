import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { openFigureTables } from "./fixtures/tables";

const PANELS = ["Trade", "Investment", "Energy", "Transport", "Digital"];

async function visiblePanels(page: Page) {
  // The panels stream in after the page shell: wait for them before counting (isVisible does not wait).
  await expect(page.locator('section[aria-labelledby^="panel-"]').first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  const out: string[] = [];
  for (const name of PANELS) if (await page.getByRole("region", { name, exact: true }).isVisible()) out.push(name);
  return out;
}

test.describe("filters in the URL", () => {
  test("choosing energy in the Sector filter keeps only energy content, survives reload and back restores", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("region", { name: "Trade", exact: true })).toBeVisible();
    await page.getByLabel("Sector", { exact: true }).selectOption("energy");
    await expect(page).toHaveURL(/[?&]sector=energy(&|$)/);
    await expect(page.getByRole("region", { name: "Trade", exact: true })).toHaveCount(0);
    expect(await visiblePanels(page)).toEqual(["Energy"]);
    await expect(page.getByRole("heading", { name: "Trade turnover", exact: true })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Kazakh oil via Baku–Tbilisi–Ceyhan" })).toBeVisible();

    await page.reload();
    await expect(page.getByLabel("Sector", { exact: true })).toHaveValue("energy");
    expect(await visiblePanels(page)).toEqual(["Energy"]);

    await page.goBack();
    await expect(page).not.toHaveURL(/sector=/);
    await expect(page.getByRole("region", { name: "Trade", exact: true })).toBeVisible();
  });

  test("the period filter narrows the figures and goes into the URL", async ({ page }) => {
    await page.goto("/?sector=trade");
    const panel = page.getByRole("region", { name: "Trade", exact: true });
    await openFigureTables(panel);
    await expect(panel.locator('[data-figure-row="TA-2019"]')).toHaveCount(1);
    await page.getByLabel("From").selectOption("2022");
    await expect(page).toHaveURL(/from=2022/);
    // The open table follows the filter: it is fetched again for the new period.
    await expect(panel.locator('[data-figure-row="TA-2019"]')).toHaveCount(0);
    await expect(panel.locator('[data-figure-row="TA-2024"]')).toHaveCount(1);
  });

  test("a garbage sector or year in the URL shows the unfiltered view, not an error", async ({ page }) => {
    const res = await page.goto("/?sector=%3Cscript%3E&from=abc&to=99999");
    expect(res?.status()).toBe(200);
    for (const name of PANELS) await expect(page.getByRole("region", { name, exact: true })).toBeVisible();
    await expect(page.getByLabel("Sector", { exact: true })).toHaveValue("all");
  });

  test("a filtered view names its filters in the page title; an unknown page has its own", async ({ page }) => {
    const product = "Azerbaijan–Kazakhstan Cooperation Monitor";
    await page.goto("/");
    await expect(page).toHaveTitle(product);
    await page.goto("/?sector=energy&from=2022&to=2025");
    await expect(page).toHaveTitle(`Overview: Energy, 2022–2025 · ${product}`);
    await page.goto("/sectors/trade?from=2019");
    await expect(page).toHaveTitle(`Trade: from 2019 · ${product}`);
    await page.goto("/documents?sector=digital");
    await expect(page).toHaveTitle(`Documents: Digital · ${product}`);
    await page.goto("/no-such-page");
    await expect(page).toHaveTitle(`Page not found · ${product}`);
  });
});

test.describe("drill-down", () => {
  test("from the energy sector page to a document, on to an indicator and its source", async ({ page }) => {
    await page.goto("/sectors/energy");
    const panel = page.getByRole("region", { name: "Signed documents of this sector" });
    await panel.getByRole("link", { name: "Agreement on a phased increase of Kazakh oil transit", exact: true }).click();
    await expect(page).toHaveURL(/\/documents\/oil-transit-phased-increase-agreement-2024$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("phased increase");
    await expect(page.getByRole("navigation", { name: "Breadcrumb" })).toContainText("Documents");

    await page
      .getByRole("region", { name: "Indicators it concerns" })
      .getByRole("link", { name: /Kazakh oil shipped/ })
      .click();
    await expect(page).toHaveURL(/\/indicators\/oil-transit-btc$/);
    const source = page.getByRole("region", { name: "All observations" }).getByRole("link").first();
    await expect(source).toHaveAttribute("href", /^https?:\/\//);
    await expect(source).toHaveAttribute("target", "_blank");
  });

  test("a panel title opens its sector page, carrying the period filter", async ({ page }) => {
    await page.goto("/?from=2022");
    await page
      .getByRole("region", { name: "Transport", exact: true })
      .getByRole("link", { name: /^Transport/ })
      .click();
    await expect(page).toHaveURL(/\/sectors\/transport\?from=2022$/);
    await expect(page.getByRole("heading", { level: 1, name: "Transport" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "What the numbers say" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Overview" })).toHaveAttribute("href", "/en?from=2022");
  });

  test("a chart mark opens its indicator, by mouse and by keyboard", async ({ page }) => {
    await page.goto("/?sector=transport");
    const chart = page.getByRole("region", { name: "Transport", exact: true }).locator("[data-chart]");
    await expect(chart).toHaveAttribute("data-chart-ready", "");
    await expect(chart).toHaveAccessibleName(/Cargo on the Trans-Caspian/);
    await chart.locator('svg[data-variant="wide"] g[data-mark]:not([data-mark-kind])').first().click();
    await expect(page).toHaveURL(/\/indicators\/titr-cargo/);

    await page.goto("/?sector=transport");
    const again = page.getByRole("region", { name: "Transport", exact: true }).locator("[data-chart]");
    await expect(again).toHaveAttribute("data-chart-ready", "");
    await again.focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.getByRole("tooltip")).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/indicators\/titr-cargo/);
  });

  test("the interactive chart loads the chart library only when asked for", async ({ page }) => {
    const scripts: string[] = [];
    page.on("response", (r) => {
      if (r.url().endsWith(".js")) scripts.push(r.url());
    });
    await page.goto("/indicators/trade-turnover");
    await expect(page.locator("[data-chart] [data-mark]").filter({ visible: true }).first()).toBeVisible();
    await expect(page.locator("svg.recharts-surface")).toHaveCount(0);
    await page.getByRole("button", { name: "Open the interactive chart" }).click();
    const region = page.getByRole("region", { name: "Interactive chart" });
    await expect(region.locator(".recharts-bar-rectangle").first()).toBeVisible();
    // The same scale as the page's chart: switching views never changes the ticks.
    const staticTicks = await page.locator('[data-chart] svg[data-variant="wide"] [data-role="tick"]').allTextContents();
    await expect(region.locator(".recharts-yAxis-tick-labels text")).toHaveText(staticTicks);
    await expect(region.locator(".recharts-brush")).toHaveCount(1);
  });

  test("an indicator where sources disagree shows every figure side by side", async ({ page }) => {
    await page.goto("/indicators/trade-turnover");
    const block = page.locator('[data-disagreement="2023"]');
    await expect(block).toContainText("314");
    await expect(block).toContainText("529.4");
    await expect(block).toContainText("Azerbaijani side");
    await expect(block).toContainText("Kazakh side");
  });
});

test.describe("documents", () => {
  test("the registry lists the Astana package first with 5 of 15 identified, and the unidentified ones honestly", async ({ page }) => {
    await page.goto("/documents");
    const first = page.locator("[data-package]").first();
    await expect(first).toHaveAttribute("data-package", "astana-2025-10-21");
    await expect(first.getByTestId("identified-astana-2025-10-21")).toHaveText("5 of 15 identified");
    await expect(first.locator("[data-document]")).toHaveCount(15);
    await expect(first.locator('[data-identification="identified"]')).toHaveCount(5);
    await expect(first.locator('[data-identification="sector_reported"]').first()).toContainText("not yet identified");
  });

  test("filtering by sector updates the URL and the list without reloading the page", async ({ page }) => {
    await page.goto("/documents");
    await page.evaluate(() => ((window as unknown as { __marker: number }).__marker = 1));
    await page.getByLabel("Sector", { exact: true }).selectOption("digital");
    await expect(page).toHaveURL(/sector=digital/);
    await expect(page.locator('[data-document="astana-2025-sector-health"]')).toHaveCount(0);
    await expect(page.locator('[data-document="astana-2025-sector-digital"]')).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __marker?: number }).__marker)).toBe(1);
    await page.goBack();
    await expect(page.locator('[data-document="astana-2025-sector-health"]')).toBeVisible();
    await page.goForward();
    await expect(page.locator('[data-document="astana-2025-sector-health"]')).toHaveCount(0);
    await page.reload();
    await expect(page.locator('[data-document="astana-2025-sector-digital"]')).toBeVisible();
    await expect(page.locator('[data-document="astana-2025-sector-health"]')).toHaveCount(0);
  });

  test("an unknown document is a 404 page", async ({ page }) => {
    const res = await page.goto("/documents/does-not-exist");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});

test.describe("source check", () => {
  test("shows each claim beside its verdict and evidence", async ({ page }) => {
    await page.goto("/source-check");
    const jan = page.locator('[data-claim="trade-jan-aug-2025"]');
    await expect(jan).toHaveAttribute("data-verdict", "supported");
    await expect(jan).toContainText("547.6");
    const oil = page.locator('[data-claim="oil-transit-2025-expected"]');
    await expect(oil).toHaveAttribute("data-verdict", "contradicted");
    await expect(oil).toContainText("1.2");
    await oil.getByRole("link", { name: /oil/i }).first().click();
    await expect(page).toHaveURL(/\/indicators\/oil-transit-btc/);
  });
});

test.describe("JSON API", () => {
  test("honours the filters and refuses bad parameters with a 400 and a message", async ({ request }) => {
    const ok = await request.get("/api/indicators?sector=energy&from=2023");
    expect(ok.status()).toBe(200);
    const body = await ok.json();
    expect(body.indicators.length).toBeGreaterThan(0);
    for (const ind of body.indicators) {
      expect(ind.sector.slug).toBe("energy");
      for (const f of ind.figures) expect(Number(f.periodEnd.slice(0, 4))).toBeGreaterThanOrEqual(2023);
    }
    const bad = await request.get("/api/documents?sector=mining");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error).toMatch(/sector/);
    expect((await request.get("/api/indicators?from=2025&to=2020")).status()).toBe(400);
    expect((await request.get("/api/indicators/no-such-indicator")).status()).toBe(404);
    const doc = await request.get("/api/documents/astana-2025-unidentified-11");
    expect(doc.status()).toBe(200);
    expect((await doc.json()).title).toBeNull();
  });
});

test.describe("accessibility", () => {
  for (const path of [
    "/",
    "/?sector=energy",
    "/sectors/energy",
    "/documents",
    "/documents/joint-statement-20th-anniversary-2025",
    "/documents/astana-2025-unidentified-12",
    "/indicators/trade-turnover",
    "/source-check",
  ]) {
    test(`${path} has no serious or critical axe violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(
        bad.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 3)
              .join(", ")}`,
        ),
      ).toEqual([]);
    });
  }
});

test.describe("phone width", () => {
  for (const path of ["/sectors/trade", "/documents", "/documents/oil-transit-phased-increase-agreement-2024", "/indicators/trade-turnover", "/source-check"]) {
    test(`${path} fits a 390 px screen without sideways scrolling`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    });
  }
});
