import { spawn, type ChildProcess } from "node:child_process";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { figureRowText, fillValue, signIn } from "./fixtures/admin";
import { E2E_DATABASE, openTestDatabase } from "./fixtures/db";

/**
 * Two production servers (what `npm start` runs) on one database file, as two instances behind a
 * load balancer would be: an edit saved through either is shown by the other on its next load,
 * although the other had that page in its own page cache.
 */

const KEY = "TA-2021";
const PAGE = "/en/indicators/trade-turnover";
const SECOND_PORT = Number(process.env.E2E_PORT ?? 3100) + 1;
const SECOND = `http://127.0.0.1:${SECOND_PORT}`;

let second: ChildProcess | undefined;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  second = spawn("node", ["server.mjs", "-p", String(SECOND_PORT), "-H", "127.0.0.1"], { env: { ...process.env, DATABASE_URL: E2E_DATABASE }, stdio: ["ignore", "ignore", "inherit"] });
  await expect.poll(async () => (await fetch(`${SECOND}/api/health`).catch(() => null))?.status, { timeout: 60_000, message: "second server answers /api/health" }).toBe(200);
});

test.afterAll(async () => {
  if (!second || second.exitCode !== null) return;
  const exited = new Promise((resolve) => second!.once("exit", resolve));
  second.kill("SIGTERM");
  await exited;
});

async function editor(browser: Browser, baseURL: string): Promise<Page> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  await signIn(page, KEY);
  return page;
}

async function save(page: Page, value: string) {
  const form = await fillValue(page, KEY, value);
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form).toHaveCount(0);
}

async function shown(base: string) {
  const res = await fetch(base + PAGE);
  return { cache: res.headers.get("x-page-cache"), row: figureRowText(await res.text(), KEY) };
}

test("an edit through one server process is on the next load of the other", async ({ browser, baseURL }) => {
  test.setTimeout(90_000);
  const first = baseURL!;
  const db = openTestDatabase();
  const original = (db.prepare("select value from observations where key = ?").get(KEY) as { value: number }).value;
  db.close();
  try {
    for (const [via, other, value] of [
      [first, SECOND, "811.5"],
      [SECOND, first, "822.5"],
    ] as const) {
      // The other process holds the page in its own cache before the edit.
      await shown(other);
      expect((await shown(other)).cache, other).toBe("HIT");
      const page = await editor(browser, via);
      await save(page, value);
      await page.context().close();
      const next = await shown(other);
      expect(next.row, `saved through ${via}, loaded from ${other}`).toContain(value);
      expect(next.cache).toBe("MISS");
    }
  } finally {
    const restore = openTestDatabase();
    restore.prepare("update observations set value = ? where key = ?").run(original, KEY);
    restore.close();
  }
});
