import { expect, test, type Page } from "@playwright/test";
import { openFigureTables } from "./fixtures/tables";

/**
 * Chart drawings and figure tables reach a page load once (components/ui/static-html.tsx): in the
 * HTML, not again in the page data. What must still hold: hydration keeps them, a client
 * navigation draws the next page's from its data, a back navigation draws them again from the
 * router's cache, and a client cannot talk the server into sending data without the markup.
 */

/** The page data React hydrates from: the payload of the inline `self.__next_f.push` scripts. */
const pageData = (html: string) => [...html.matchAll(/self\.__next_f\.push\((.*?)\)<\/script>/gs)].map((m) => m[1]).join("");

/** Drawings in the document, and those of them with marks drawn. */
async function drawings(page: Page) {
  return page.evaluate(() => {
    const svgs = [...document.querySelectorAll("[data-chart] svg[data-variant]")];
    return { svgs: svgs.length, drawn: svgs.filter((s) => s.querySelector("g[data-mark]")).length, tables: document.querySelectorAll("table.ftable tbody tr").length };
  });
}

test("a page load carries each chart drawing and table once, and its data carries none of them", async ({ request }) => {
  for (const path of ["/", "/sectors/transport", "/indicators/trade-turnover"]) {
    const html = await (await request.get(path)).text();
    const data = pageData(html);
    expect(data.length, path).toBeGreaterThan(1000);
    const svgs = html.match(/<svg[^>]*data-variant=/g)?.length ?? 0;
    expect(svgs, path).toBeGreaterThan(0);
    expect(data, path).not.toContain("data-variant");
    expect(data, path).not.toContain("data-figure-row");
    expect(data, path).not.toContain("data-mark");
  }
});

test("a data request carries the markup, whatever request kind the client claims", async ({ request }) => {
  for (const claimed of [undefined, "document"]) {
    const res = await request.get("/sectors/transport", { headers: { rsc: "1", ...(claimed ? { "x-monitor-request-kind": claimed } : {}) } });
    expect(res.status()).toBe(200);
    const body = await res.text();
    expect(body, `claimed ${claimed}`).toContain("data-variant");
    expect(body, `claimed ${claimed}`).toContain("data-mark");
  }
});

test("hydration keeps the drawings; client and back navigations draw them from the page data", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto("/");
  await expect(page.locator("[data-chart][data-chart-ready]").first()).toBeAttached();
  const overview = await drawings(page);
  expect(overview.svgs).toBeGreaterThan(4);
  expect(overview.drawn).toBe(overview.svgs);
  // A marker on the window survives client navigations only: a full load would drop it.
  await page.evaluate(() => ((window as unknown as { soft: boolean }).soft = true));

  await page.locator('section h3 a[href$="/sectors/transport"]').first().click();
  await expect(page).toHaveURL(/\/sectors\/transport$/);
  await expect(page.locator("h1")).toContainText(/transport/i);
  await expect.poll(async () => (await drawings(page)).drawn).toBeGreaterThan(4);
  const transport = await drawings(page);
  expect(transport.drawn).toBe(transport.svgs);
  // Its figure tables are fetched when opened, after a client navigation as after a load.
  expect(transport.tables).toBe(0);
  await openFigureTables(page.getByRole("region", { name: /cargo/i }).first());
  expect((await drawings(page)).tables).toBeGreaterThan(0);

  await page.goBack();
  await expect(page).toHaveURL(/\/en$/);
  await expect.poll(async () => (await drawings(page)).drawn).toBe(overview.svgs);
  expect(await page.evaluate(() => (window as unknown as { soft?: boolean }).soft)).toBe(true);
  // The tooltip layer works on the redrawn chart.
  const mark = page.locator('[data-chart] svg[data-variant="wide"] g[data-mark]:not([data-mark-kind])').first();
  await mark.hover();
  await expect(page.locator('[role="tooltip"]:visible').first()).toContainText(/\d/);
  expect(errors).toEqual([]);
});

test("a page load hydrates without reloading, whatever its static parts hold (an empty one included)", async ({ page }) => {
  for (const path of ["/", "/sectors/trade", "/sectors/transport", "/sectors/digital", "/indicators/trade-turnover"]) {
    await page.goto(path, { waitUntil: "networkidle" });
    await expect(page.locator("[data-chart][data-chart-ready]").first()).toBeAttached();
    await page.waitForLoadState("networkidle");
    // A static part that reloads the page (static-html-client.tsx) leaves a document loaded by "reload".
    expect(await page.evaluate(() => (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).type), path).toBe("navigate");
  }
});
