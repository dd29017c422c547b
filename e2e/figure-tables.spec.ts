import { expect, test } from "@playwright/test";

/**
 * A chart's figure table is fetched when its section is first opened (components/panels/lazy-figure-table.tsx):
 * the page does not carry it, the table lists exactly what the chart draws, in the page's language,
 * a failed fetch says so and the next opening tries again, and without JavaScript the section says where the figures are.
 */

test("a sector page carries no table; opening one fetches it in the page's language, one row per drawn mark", async ({ page, request }) => {
  const html = await (await request.get("/ru/sectors/transport")).text();
  expect(html).not.toContain('class="ftable');
  await page.goto("/ru/sectors/transport");
  const cards = page.locator("section[aria-labelledby^='ind-']");
  const n = await cards.count();
  expect(n).toBeGreaterThan(3);
  for (let i = 0; i < n; i++) {
    const card = cards.nth(i);
    const table = card.locator("[data-figure-table]");
    if ((await table.count()) === 0) continue;
    await card.locator("details[data-figure-details] > summary").click();
    await expect(table).toHaveAttribute("data-figure-table", "done");
    await expect(table.locator("caption")).toContainText("таблица данных");
    await expect(table.locator("thead")).toContainText("Источник");
    const rows = await table.locator("tr[data-figure-row]").count();
    const marks = await card.locator('svg[data-variant="wide"] g[data-mark]:not([data-mark-kind="gap"]):not([data-mark-kind="marker"])').count();
    expect(rows, (await card.locator("h3").textContent()) ?? "").toBe(marks);
  }
});

test("a failed fetch says so and changes nothing; closing and opening again loads the table", async ({ page }) => {
  let fail = true;
  await page.route("**/api/indicators/*format=table*", (route) => (fail ? route.fulfill({ status: 503, body: "down" }) : route.continue()));
  await page.goto("/en/sectors/trade");
  const card = page.getByRole("region", { name: "Bilateral trade turnover (USD million)" });
  const summary = card.locator("details[data-figure-details] > summary");
  await summary.click();
  await expect(card.getByRole("alert")).toContainText("could not be loaded");
  await expect(card.locator("tr[data-figure-row]")).toHaveCount(0);
  fail = false;
  await summary.click();
  await summary.click();
  await expect(card.locator("[data-figure-table]")).toHaveAttribute("data-figure-table", "done");
  await expect(card.locator('tr[data-figure-row="TA-2019"]')).toContainText("229.6");
  await expect(card.getByRole("alert")).toHaveCount(0);
});

test("without JavaScript the section names the indicator page that lists every figure", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/en/sectors/digital");
  const details = page.locator("section[aria-labelledby^='ind-'] details[data-figure-details]").first();
  await details.locator("summary").click();
  const link = details.locator('a[href*="/indicators/"][href$="#observations"]');
  await expect(link.first()).toBeVisible();
  await link.first().click();
  await expect(page.locator("[aria-labelledby=observations] tr[data-figure-row]").first()).toBeVisible();
  await context.close();
});

test("the table route refuses bad parameters with a message", async ({ request }) => {
  const bad = await request.get("/api/indicators/trade-turnover?format=table&lang=xx");
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain("lang");
  const missing = await request.get("/api/indicators/no-such-indicator?format=table");
  expect(missing.status()).toBe(404);
  const ok = await request.get("/api/panels/trade?format=table&lang=kk");
  expect(ok.status()).toBe(200);
  expect(ok.headers()["content-type"]).toContain("text/html");
  expect(await ok.text()).toContain("<table");
});
