import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures/admin";
import { openTestDatabase } from "./fixtures/db";

const rowKeys = (page: import("@playwright/test").Page) => page.locator("[data-admin-row]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-admin-row")));

test.describe("the admin table pages, sorts and filters on the server, its state in the URL", () => {
  test("sector, sort and page go into the URL and survive a reload", async ({ page }) => {
    await signIn(page);
    await page.getByLabel("Sector", { exact: true }).selectOption("trade");
    await expect(page).toHaveURL(/\/admin\/indicators\?sector=trade$/);
    await page.getByRole("button", { name: "Sort by Value" }).click();
    await expect(page).toHaveURL(/sort=value/);
    await page.getByRole("button", { name: "Sort by Value" }).click();
    await expect(page).toHaveURL(/sort=value&dir=desc/);
    await expect(page.getByRole("columnheader", { name: /Value/ })).toHaveAttribute("aria-sort", "descending");
    const values = await page.locator("[data-admin-value]").evaluateAll((cells) => cells.map((c) => Number.parseFloat((c.textContent ?? "").replace(/[^\d.-]/g, ""))));
    expect(values).toEqual([...values].sort((a, b) => b - a));
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.locator("[data-admin-page]")).toHaveAttribute("data-admin-page", "2");
    const before = await rowKeys(page);
    expect(before.length).toBeGreaterThan(0);
    await page.reload();
    await expect(page).toHaveURL(/\?sector=trade&sort=value&dir=desc&page=2$/);
    await expect(page.getByLabel("Sector", { exact: true })).toHaveValue("trade");
    await expect(page.locator("[data-admin-page]")).toHaveAttribute("data-admin-page", "2");
    expect(await rowKeys(page)).toEqual(before);
    // Back returns to page 1 of the same view, without a reload.
    await page.goBack();
    await expect(page).toHaveURL(/\?sector=trade&sort=value&dir=desc$/);
    await expect(page.locator("[data-admin-page]")).toHaveAttribute("data-admin-page", "1");
  });

  test("the search filters on the server and a hostile URL falls back to a clear, canonical view", async ({ page, request }) => {
    await signIn(page, "TA-2021");
    await expect(page).toHaveURL(/q=TA-2021/);
    await expect(page.locator("[data-admin-row]")).toHaveCount(1);
    await expect(page.locator('[data-admin-row="TA-2021"]')).toBeVisible();
    await page.goto("/en/admin/indicators?page=-3&size=100000&sort=password&dir=sideways");
    await expect(page).toHaveURL(/\/admin\/indicators$/);
    await expect(page.locator("[data-admin-page]")).toHaveAttribute("data-admin-page", "1");
    // The JSON behind the table is strict: a bad parameter is a 400 that names it.
    const cookies = await page.context().cookies();
    const cookie = cookies.map((c) => `${c.name}=${c.value}`).join("; ");
    const bad = await request.get("/api/admin/observations?sort=password&size=100000", { headers: { cookie } });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).fields).toMatchObject({ sort: expect.any(String), size: expect.any(String) });
    const ok = await request.get("/api/admin/observations?sector=energy&size=25", { headers: { cookie } });
    const body = await ok.json();
    expect(body.rows.length).toBeLessThanOrEqual(25);
    for (const r of body.rows) expect(r.sectorSlug).toBe("energy");
  });

  test("a save answers with the changed row only, and the row updates", async ({ page }) => {
    const KEY = "TA-2023";
    const db = openTestDatabase();
    const original = db.prepare("select value from observations where key = ?").get(KEY) as { value: number };
    db.close();
    try {
      await signIn(page, KEY);
      await page
        .locator(`[data-admin-row="${KEY}"]`)
        .getByRole("button", { name: /^Edit / })
        .click();
      const form = page.getByRole("form", { name: /^Edit / });
      await form.getByLabel("Value").fill("316.2");
      // The action's answer is read as it passes: Chromium may drop a response body once the page
      // re-renders, so reading it afterwards (waitForResponse, then text()) failed now and then.
      let body = "";
      let revalidated: string | undefined;
      await page.route("**/*", async (route) => {
        const req = route.request();
        if (req.method() !== "POST" || !req.headers()["next-action"]) return route.continue();
        // Sent as a client without Sec-Fetch-Dest whose language is not the page's would send it (an
        // older browser, a script): the locale proxy then wants to set its cookie, which must not turn
        // the save into a page re-render.
        const headers: Record<string, string> = { ...(await req.allHeaders()), "accept-language": "ru" };
        delete headers["sec-fetch-dest"];
        const response = await route.fetch({ headers });
        body = await response.text();
        revalidated = response.headers()["x-action-revalidated"];
        await route.fulfill({ response, body });
      });
      await page.context().clearCookies({ name: "NEXT_LOCALE" });
      await form.getByRole("button", { name: "Save" }).click();
      await expect.poll(() => body.length).toBeGreaterThan(0);
      expect(body.length).toBeLessThan(20 * 1024);
      expect(revalidated ?? "0").toBe("0");
      expect(body).toContain(KEY);
      // The answer carries no other row of the table.
      expect(body).not.toContain("TA-2024");
      await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
      await expect(page.locator(`[data-admin-value="${KEY}"]`)).toContainText("316.2");
    } finally {
      const restore = openTestDatabase();
      restore.prepare("update observations set value = ?, version = version + 1 where key = ?").run(original.value, KEY);
      restore.close();
    }
  });
});

test.describe("the indicator page's figure table", () => {
  test("shows its first page without JavaScript and loads the next through the JSON API", async ({ page, browser }) => {
    const db = openTestDatabase();
    const ind = db.prepare("select id from indicators where slug = 'kz-az-rail-freight'").get() as { id: number };
    const src = db.prepare("select source_id as id from observations where indicator_id = ? limit 1").get(ind.id) as { id: number };
    const insert = db.prepare(
      "insert into observations (key, indicator_id, period_start, period_end, period_label, period_type, value, status, reporter, source_id, confidence, updated_at, updated_by) values (?, ?, ?, ?, ?, 'month', ?, 'actual', 'kz', ?, 'medium', '2026-11-01', 'e2e')",
    );
    db.transaction(() => {
      for (let i = 0; i < 70; i++) {
        const y = 2010 + Math.floor(i / 12);
        const m = String((i % 12) + 1).padStart(2, "0");
        insert.run(`e2e-more-${i}`, ind.id, `${y}-${m}-01`, `${y}-${m}-28`, `${m}/${y}`, 100 + i, src.id);
      }
    })();
    const total = (db.prepare("select count(*) as n from observations where indicator_id = ?").get(ind.id) as { n: number }).n;
    db.close();
    try {
      const noJs = await browser.newContext({ javaScriptEnabled: false });
      const plain = await noJs.newPage();
      await plain.goto("/indicators/kz-az-rail-freight");
      const table = plain.getByRole("region", { name: "All observations" });
      await expect(table.locator("[data-figure-row]")).toHaveCount(50);
      await expect(table.getByRole("button", { name: "Show more figures" })).toHaveCount(0);
      await expect(table.getByRole("link", { name: "Download every figure (CSV)" })).toHaveAttribute("href", "/api/indicators?indicator=kz-az-rail-freight&format=csv");
      await noJs.close();

      await page.goto("/indicators/kz-az-rail-freight");
      const region = page.getByRole("region", { name: "All observations" });
      await expect(region.locator("[data-figure-row]")).toHaveCount(50);
      const next = page.waitForResponse((r) => r.url().includes("/api/indicators?indicator=kz-az-rail-freight") && r.url().includes("cursor="));
      await region.getByRole("button", { name: "Show more figures" }).click();
      expect((await next).status()).toBe(200);
      await expect(region.locator("[data-figure-row]")).toHaveCount(total);
      await expect(region.getByRole("status")).toHaveText(`Showing ${total} of ${total} figures.`);
      await expect(region.getByRole("button", { name: "Show more figures" })).toHaveCount(0);
      const keys = await region.locator("[data-figure-row]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-figure-row")));
      expect(new Set(keys).size).toBe(keys.length);

      const csv = await page.request.get("/api/indicators?indicator=kz-az-rail-freight&format=csv");
      expect(csv.status()).toBe(200);
      expect((await csv.text()).split("\r\n").filter((l) => l && !l.startsWith("#") && !l.startsWith("\uFEFF#")).length).toBe(total + 1);
    } finally {
      const restore = openTestDatabase();
      restore.prepare("delete from observations where key like 'e2e-more-%'").run();
      restore.close();
    }
  });
});
