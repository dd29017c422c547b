import { expect, test } from "@playwright/test";
import { openFigureTables } from "./fixtures/tables";
import { fillValue, signIn } from "./fixtures/admin";
import { openTestDatabase } from "./fixtures/db";

const KEY = "TA-2021";
const TRIES = 20;

test("an edit is visible on the next full load of every cached page that shows it, 20 times out of 20", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const db = openTestDatabase();
  const original = (db.prepare("select value from observations where key = ?").get(KEY) as { value: number }).value;
  db.close();
  const reader = await browser.newContext();
  const anon = await reader.newPage();
  const pages = ["/?sector=trade", "/sectors/trade", "/indicators/trade-turnover"];
  let fresh = 0;
  try {
    await signIn(page, KEY);
    // Warm the caches so every try has to be served fresh after an edit, not rendered for the first time.
    for (const p of [...pages, "/documents"]) await anon.goto(p);
    // Unchanged, each page now comes from the server's response cache (server.mjs): an edit has to reach past it.
    for (const p of pages) expect((await anon.goto(p))?.headers()["x-page-cache"], p).toBe("HIT");
    for (let i = 1; i <= TRIES; i++) {
      const value = `${100 + i}.5`;
      const form = await fillValue(page, KEY, value);
      await form.getByRole("button", { name: "Save" }).click();
      await expect(page.locator(`[data-admin-value="${KEY}"]`)).toContainText(value);
      await expect(form).toHaveCount(0);
      let seenEverywhere = true;
      for (const p of pages) {
        await anon.goto(p);
        // The trade turnover chart's table (fetched when opened) on the overview and the sector page.
        if (!p.startsWith("/indicators/")) await openFigureTables(anon.getByRole("region", { name: /^(Trade|Bilateral trade turnover \(USD million\))$/ }));
        const text = await anon.locator(`[data-figure-row="${KEY}"]`).first().textContent();
        if (!text?.includes(value)) seenEverywhere = false;
      }
      if (seenEverywhere) fresh += 1;
    }
  } finally {
    await reader.close();
    const restore = openTestDatabase();
    restore.prepare("update observations set value = ? where key = ?").run(original, KEY);
    restore.close();
  }
  // Without an edit, a page stays in the page cache: the second load is served from memory.
  await page.request.get("/documents");
  expect((await page.request.get("/documents")).headers()["x-page-cache"]).toBe("HIT");
  console.log(`freshness: ${fresh} of ${TRIES} edits visible on the next load of ${pages.join(", ")}`);
  expect(fresh).toBe(TRIES);
});
