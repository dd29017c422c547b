import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { openTestDatabase } from "./fixtures/db";

const SECTORS = ["Trade", "Investment", "Energy", "Transport", "Digital"];

test.describe("overview", () => {
  test("shows the headline cards and the five sector panels, each with a chart", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    for (const card of [
      "Trade turnover",
      "Progress toward the 1 bn USD target",
      "Kazakh oil via Baku–Tbilisi–Ceyhan",
      "Investment stocks",
      "Companies with the other side's capital",
      "Green Energy Corridor",
    ]) {
      await expect(page.getByRole("heading", { name: card, exact: true })).toBeVisible();
    }
    for (const name of SECTORS) {
      const panel = page.getByRole("region", { name, exact: true });
      await expect(panel).toBeVisible();
      // A drawn chart: at least one mark from the database inside the panel's figure.
      await expect(panel.locator("figure [data-chart] [data-mark]").filter({ visible: true }).first()).toBeVisible();
    }
  });

  test("says what the ◆ marks mean in every chart that draws them, and only there", async ({ page }) => {
    await page.goto("/");
    let panelsWithMarkers = 0;
    for (const name of SECTORS) {
      const chart = page.getByRole("region", { name, exact: true }).locator('svg[data-variant="wide"]');
      const marked = (await chart.locator('[data-role="marker"]').count()) > 0;
      if (marked) panelsWithMarkers++;
      await expect(chart.locator('[data-legend-item="marker"]'), name).toHaveCount(marked ? 1 : 0);
    }
    expect(panelsWithMarkers).toBeGreaterThan(0);
  });

  test("every figure on the cards names its period and status and links to its source", async ({ page }) => {
    await page.goto("/");
    const trade = page.getByRole("article").filter({ has: page.getByRole("heading", { name: "Trade turnover" }) });
    // The card leads with the latest AZ-side figure and its growth on the same months a year earlier.
    await expect(trade).toContainText("600.3");
    await expect(trade).toContainText("Jan–Oct 2025");
    await expect(trade).toContainText("preliminary");
    await expect(trade).toContainText("1.5×");
    const links = trade.getByRole("link");
    expect(await links.count()).toBeGreaterThan(0);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute("href")))) expect(href).toMatch(/^https?:\/\//);
    // Both sides' statistics are present and labelled.
    await expect(trade).toContainText("AZ-side");
    await expect(trade).toContainText("KZ-side");
  });

  test("shows the value stored in the database, and follows a change to it", async ({ page }) => {
    const db = openTestDatabase();
    const original = db.prepare("select value from observations where key = 'TA-2025-10m'").get() as { value: number };
    // Even a write behind the app's back moves the content version (a trigger in the database), so
    // a page already held by the page cache follows it on the next load.
    const view = "/?sector=trade";
    try {
      await page.goto(view);
      await expect(page.locator('[data-figure-key="TA-2025-10m"]').first()).toContainText("600.3");
      db.prepare("update observations set value = 612.3 where key = 'TA-2025-10m'").run();
      await page.goto(view);
      const figure = page.locator('[data-figure-key="TA-2025-10m"]').first();
      await expect(figure).toContainText("612.3");
      await expect(page.getByText("600.3", { exact: true })).toHaveCount(0);
    } finally {
      db.prepare("update observations set value = ? where key = 'TA-2025-10m'").run(original.value);
      db.close();
    }
  });

  test("says 'not published' where the fact sheet has no figure", async ({ page }) => {
    await page.goto("/");
    const trade = page.getByRole("region", { name: "Trade", exact: true });
    await expect(trade.getByText("not published").filter({ visible: true }).first()).toBeVisible();
  });

  test("fits a 390 px phone screen without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/");
    await expect(page.getByRole("region", { name: "Digital", exact: true })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test("has no serious or critical accessibility violations", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("[data-chart] [data-mark]").filter({ visible: true }).first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${v.id}: ${v.nodes.length} node(s)`)).toEqual([]);
  });
});

test.describe("health", () => {
  test("GET /api/health answers ok after reading the database", async ({ request }) => {
    const res = await request.get("/api/health");
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  test("no page can be framed by another site, cached or not, and referrers carry only the origin", async ({ request }) => {
    for (const path of ["/", "/", "/sectors/energy", "/en/login", "/api/health"]) {
      const headers = (await request.get(path)).headers();
      expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(headers["x-frame-options"], path).toBe("DENY");
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    }
  });

  test("unknown pages get a 404 page", async ({ page }) => {
    const res = await page.goto("/no-such-page");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});
