import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { getDictionary } from "../lib/i18n";
import { LOCALES, type Locale } from "../lib/i18n/locales";
import { signIn } from "./fixtures/admin";
import { openTestDatabase } from "./fixtures/db";
import { fontCheck } from "./fixtures/png";

/**
 * The whole app in each reader's language. "English left on the page" is measured against the
 * English interface itself: every word of the English dictionary that no other dictionary also
 * uses (so "PNG" or "USD" do not count) is an English interface word, and none may appear in the
 * text a reader sees or hears on an Azerbaijani, Kazakh or Russian page. Allowed, as the issue
 * says: proper names and source titles (source links, and the lines under a chart and in its print
 * list that credit each figure's publisher by name), and content marked "in English" (lang=en).
 */
const OTHER_LOCALES = LOCALES.filter((l): l is Exclude<Locale, "en"> => l !== "en");

function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === "string") out.push(value);
  else if (typeof value === "function") {
    for (const args of [
      [1, 2, 3],
      ["X", "Y", "Z"],
    ]) {
      try {
        strings((value as (...a: unknown[]) => unknown)(...args), out);
      } catch {
        // a function that needs other arguments says nothing here
      }
    }
  } else if (value && typeof value === "object") for (const v of Object.values(value)) strings(v, out);
  return out;
}

const words = (texts: string[]) => new Set(texts.flatMap((s) => s.toLowerCase().match(/[a-z]{4,}/g) ?? []));
const ENGLISH_WORDS = (() => {
  const english = words(strings(getDictionary("en")));
  const elsewhere = words(OTHER_LOCALES.flatMap((l) => strings(getDictionary(l))));
  return new Set([...english].filter((w) => !elsewhere.has(w)));
})();

/** The text a reader sees or hears, without content marked as English, source links and code. */
async function readerText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const skip = (el: Element | null) =>
      !!el?.closest('[lang="en"]:not(html), .src-link, [data-role="footnote"], .chart-sources, code, pre, textarea, script, style, [hidden], [aria-hidden="true"] svg');
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!skip(n.parentElement)) parts.push(n.textContent ?? "");
    for (const el of document.querySelectorAll("[aria-label], [title], [alt], [placeholder]"))
      if (!skip(el)) for (const a of ["aria-label", "title", "alt", "placeholder"]) if (el.getAttribute(a)) parts.push(el.getAttribute(a)!);
    parts.push(document.title);
    return parts.join(" ");
  });
}

/**
 * Words that are part of proper names in translated names and titles (the joint venture "Green
 * Corridor Union", the "Digital Bridge" forum, the outlet "Report", "Azerbaijan Metal Company"),
 * the key name "Enter" that keyboards print in Latin letters in every language, and "start", which
 * is also an Azerbaijani word ("start verilib", work was launched); "Azerbaijan" in company names (Azerbaijan Metal Company).
 */
const PROPER_NAMES = new Set(["green", "corridor", "union", "alliance", "digital", "bridge", "report", "metal", "company", "enter", "start", "azerbaijan"]);

function englishIn(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(/[A-Za-z]{4,}/g)) if (ENGLISH_WORDS.has(m[0].toLowerCase()) && !PROPER_NAMES.has(m[0].toLowerCase())) found.add(m[0]);
  return [...found];
}

const PUBLIC_PAGES = ["", "/sectors/energy", "/documents", "/indicators/trade-turnover", "/source-check"];

test.describe("every page in the reader's language", () => {
  test("the English interface word list is large enough to mean something", () => {
    expect(ENGLISH_WORDS.size).toBeGreaterThan(300);
    for (const w of ["figures", "sector", "documents", "export", "overview"]) expect(ENGLISH_WORDS.has(w), w).toBe(true);
  });

  for (const locale of OTHER_LOCALES) {
    test(`${locale}: public pages have no English interface text, no serious axe issue, and no sideways scroll at 390 px`, async ({ page }) => {
      test.slow();
      await page.setViewportSize({ width: 390, height: 844 });
      const problems: string[] = [];
      for (const path of PUBLIC_PAGES) {
        const url = `/${locale}${path}`;
        const res = await page.goto(url);
        expect(res?.status(), url).toBe(200);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        const english = englishIn(await readerText(page));
        if (english.length) problems.push(`${url}: ${english.slice(0, 15).join(", ")}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) problems.push(`${url}: scrolls sideways by ${overflow}px`);
        const axe = await new AxeBuilder({ page }).analyze();
        for (const v of axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical")) problems.push(`${url}: axe ${v.id} (${v.nodes.length})`);
      }
      expect(problems).toEqual([]);
    });

    test(`${locale}: the admin editor has no English interface text`, async ({ page }) => {
      await signIn(page);
      await page.goto(`/${locale}/admin/indicators`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator("table")).toBeVisible();
      expect(englishIn(await readerText(page))).toEqual([]);
    });
  }

  test("the English word check fails on an English page (it can fail)", async ({ page }) => {
    await page.goto("/en/sectors/energy");
    expect(englishIn(await readerText(page)).length).toBeGreaterThan(20);
  });
});

test.describe("choosing the language", () => {
  test("/ with Accept-Language: ru lands on /ru, in Russian", async ({ browser }) => {
    const context = await browser.newContext({ locale: "ru-RU" });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(/\/ru$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page).toHaveTitle(/Монитор/);
    await context.close();
  });

  test("the switch from /kk/sectors/energy?from=2023 to Azerbaijani keeps the sector and the filter, and / remembers it", async ({ browser }) => {
    const context = await browser.newContext({ locale: "ru-RU" });
    const page = await context.newPage();
    await page.goto("/kk/sectors/energy?from=2023");
    await expect(page.locator("html")).toHaveAttribute("lang", "kk");
    await page.locator(".language-switch summary").click();
    await page.locator('[data-locale-link="az"]').click();
    await expect(page).toHaveURL(/\/az\/sectors\/energy\?from=2023$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "az");
    await expect(page.getByLabel(getDictionary("az").filters.from)).toHaveValue("2023");
    // The reader's choice outranks their browser's Russian.
    await page.goto("/");
    await expect(page).toHaveURL(/\/az$/);
    await context.close();
  });

  test("each page says which other languages it exists in (hreflang)", async ({ request }) => {
    const html = await (await request.get("/kk/sectors/energy?from=2023")).text();
    for (const l of LOCALES) expect(html).toMatch(new RegExp(`<link rel="alternate" hreflang="${l}" href="/${l}/sectors/energy\\?from=2023"`, "i"));
  });
});

test.describe("exports in the page's language", () => {
  test("a PNG from /az has its title and sources in Azerbaijani, with ə drawn in the embedded font", async ({ page }) => {
    const az = getDictionary("az");
    await page.goto("/az/sectors/trade");
    const scope = page.locator("[data-chart-figure]").first();
    await expect(scope.locator("[data-chart] [data-mark]").filter({ visible: true }).first()).toBeVisible();
    await expect(scope.locator("[data-export-ready]")).toHaveCount(1);
    const get = async (item: string) => {
      await scope.getByRole("button", { name: new RegExp(az.export.button) }).click();
      const pending = page.waitForEvent("download");
      await page.getByRole("menuitem", { name: item }).click();
      return readFileSync(await (await pending).path());
    };
    const svg = (await get(az.export.items.svg)).toString("utf8");
    const png = await get(az.export.items.png);
    // The frame's words are the Azerbaijani dictionary's, and the text to draw has ə in it.
    const text = svg.replace(/<style[\s\S]*?<\/style>/g, "").replace(/<[^>]+>/g, " ");
    expect(text).toContain(az.export.sourceLine("", "").split(":")[0]!);
    expect(text).toContain(az.export.labels.unit);
    expect(text).toMatch(/ə/);
    expect(text).not.toContain("Source:");
    // The subsets the text needs travel inside the file: ə is Latin Extended.
    expect(svg).toMatch(/unicode-range:\s*U\+0?100-0?2BA/i);
    const result = await fontCheck(page, svg, png);
    expect(result.sameAsEmbedded).toBeLessThan(0.001);
    expect(result.sameAsFallback).toBeGreaterThan(0.005);
  });
});

test.describe("translations of names", () => {
  test("an editor's translation shows on the public page at once, loses its machine mark and is in the audit trail", async ({ page, request }) => {
    const db = openTestDatabase();
    const before = db.prepare("select text, origin from content_translations where entity = 'sector' and entity_key = 'energy' and field = 'name' and locale = 'ru'").get() as {
      text: string;
      origin: string;
    };
    db.close();
    expect(before.origin).toBe("machine");
    const name = `Энергетика (проверено ${Date.now() % 100000})`;
    try {
      await signIn(page);
      await page.goto("/en/admin/translations?entity=sector&lang=ru");
      const row = page.locator('[data-translation="sector/energy/name"]');
      await expect(row.getByText("machine translation", { exact: true })).toBeVisible();
      await row.getByRole("button", { name: "Edit (Russian): Energy" }).click();
      await row.getByLabel("Translation (Russian): Energy").fill(name);
      await row.getByRole("button", { name: "Save" }).click();
      await expect(row.getByText(name)).toBeVisible();
      await expect(row.getByText("machine translation", { exact: true })).toHaveCount(0);
      // The next load of the cached public page has it.
      const html = await (await request.get("/ru/sectors/energy")).text();
      expect(html).toContain(`<h1 class="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">${name}</h1>`);
      await page.goto("/en/admin/audit?entity=translation");
      await expect(page.getByText("Russian · Sector name").first()).toBeVisible();
    } finally {
      const restore = openTestDatabase();
      restore
        .prepare("update content_translations set text = ?, origin = ?, reviewed_at = null, reviewed_by = null where entity = 'sector' and entity_key = 'energy' and field = 'name' and locale = 'ru'")
        .run(before.text, before.origin);
      restore.close();
    }
  });
});
