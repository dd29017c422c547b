import { expect, test, type APIRequestContext } from "@playwright/test";
import { figureRowText, fillValue, signIn } from "./fixtures/admin";
import { openTestDatabase } from "./fixtures/db";

/**
 * Two editors save a few milliseconds apart while readers keep loading the pages that show both
 * figures. A render that starts between the two saves reads the first value but not the second;
 * if any cache keeps it after the second save, the page shows a stale value until the next edit.
 * After both saves are acknowledged, every load must show both values.
 */

const KEYS = ["TA-2019", "TA-2021"] as const;
const PAGES = ["/en/sectors/trade", "/en/indicators/trade-turnover"];
// The spacing of the two saves is the input of this test (the window a render must straddle), not a wait for a state.
const GAPS_MS = [5, 10, 15, 20, 30, 40, 60, 5, 10, 20, 30, 50];
const READERS = 4;
const LOADS_AFTER = 3;

async function readUntil(request: APIRequestContext, stop: { done: boolean }) {
  let i = 0;
  while (!stop.done) {
    await request.get(PAGES[i++ % PAGES.length]!);
  }
}

test("two saves a few ms apart while pages render: every later load shows both values", async ({ browser, request }) => {
  test.setTimeout(240_000);
  const db = openTestDatabase();
  const original = KEYS.map((k) => (db.prepare("select value from observations where key = ?").get(k) as { value: number }).value);
  db.close();
  const editors = await Promise.all(KEYS.map(() => browser.newContext()));
  const [a, b] = await Promise.all(editors.map((c) => c.newPage()));
  let staleLoads = 0;
  let loads = 0;
  try {
    await signIn(a!, KEYS[0]);
    await signIn(b!, KEYS[1]);
    for (const p of PAGES) await request.get(p);
    for (const [round, gap] of GAPS_MS.entries()) {
      const values = [`${500 + round}.5`, `${700 + round}.5`];
      const forms = [await fillValue(a!, KEYS[0], values[0]!), await fillValue(b!, KEYS[1], values[1]!)];
      const stop = { done: false };
      const readers = Array.from({ length: READERS }, () => readUntil(request, stop));
      await Promise.all([
        forms[0]!.getByRole("button", { name: "Save" }).click(),
        new Promise((resolve) => setTimeout(resolve, gap)).then(() => forms[1]!.getByRole("button", { name: "Save" }).click()),
      ]);
      // Acknowledged: each editor's form closes only when the server has answered ok.
      await Promise.all(forms.map((f) => expect(f).toHaveCount(0)));
      await expect(a!.locator(`[data-admin-value="${KEYS[0]}"]`)).toContainText(values[0]!);
      await expect(b!.locator(`[data-admin-value="${KEYS[1]}"]`)).toContainText(values[1]!);
      stop.done = true;
      await Promise.all(readers);
      for (let n = 0; n < LOADS_AFTER; n++) {
        for (const p of PAGES) {
          const html = await (await request.get(p)).text();
          loads++;
          // The indicator page lists the figures in its table; the sector page draws them, each value in its mark's tooltip text (its table is fetched when opened).
          const fresh = KEYS.every((k, i) => (p.includes("/sectors/") ? html.includes(`data-tip-value="${values[i]} `) : figureRowText(html, k).includes(values[i]!)));
          if (!fresh) staleLoads++;
        }
      }
    }
  } finally {
    await Promise.all(editors.map((c) => c.close()));
    const restore = openTestDatabase();
    KEYS.forEach((k, i) => restore.prepare("update observations set value = ? where key = ?").run(original[i], k));
    restore.close();
  }
  console.log(`freshness race: ${staleLoads} stale of ${loads} loads after ${GAPS_MS.length} rounds of two saves ${Math.min(...GAPS_MS)}–${Math.max(...GAPS_MS)} ms apart`);
  expect(staleLoads).toBe(0);
});
