import { expect, test } from "@playwright/test";
import { openTestDatabase } from "./fixtures/db";

/**
 * Public text is for the public: no fact-sheet IDs, section references or editors' emails on any
 * public page, and every page says how current its data is. Reads the HTML a reader gets (text
 * and the attributes a screen reader speaks), without the script payload.
 */
const PATTERNS: [string, RegExp][] = [
  ["section reference", /§\s*\d/],
  ["fact sheet", /fact[- ]sheet/i],
  ["trade or oil fact-sheet ID", /\b(?:T[AKG]|OA)-?\d/],
  ["fact-sheet ID list", /\((?:[A-Z]{1,2}\d{1,2}[a-z]?(?:[–-][A-Z]{0,2}\d{1,2})?(?:,\s*)?)+\)/],
  ["milestone ID", /\bmilestone [A-Z]{1,2}\d/i],
  ["cross-reference", /same figure as [A-Z]{1,2}\d/i],
  ["internal name for the article", /starting article/i],
  ["email address", /[\w.+-]+@[\w-]+\.[a-z]{2,}/i],
];

function readerText(html: string): string {
  const spoken = [...html.matchAll(/\s(?:aria-label|title|alt)="([^"]*)"/g)].map((m) => m[1]);
  const body = html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"');
  return `${body} ${spoken.join(" ")}`.replace(/\s+/g, " ");
}

function publicPaths(): string[] {
  const db = openTestDatabase();
  try {
    const slugs = (sql: string) => (db.prepare(sql).all() as { slug: string }[]).map((r) => r.slug);
    return [
      "/",
      "/documents",
      "/source-check",
      ...slugs('select slug from sectors where "primary" = 1').map((s) => `/sectors/${s}`),
      ...slugs("select slug from indicators").map((s) => `/indicators/${s}`),
      ...slugs("select slug from documents").map((s) => `/documents/${s}`),
    ];
  } finally {
    db.close();
  }
}

test("no public page shows a fact-sheet ID, a section reference or an email, and every one says 'Data as of'", async ({ request }) => {
  const problems: string[] = [];
  const paths = publicPaths();
  expect(paths.length).toBeGreaterThan(30);
  for (const path of paths) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const text = readerText(await res.text());
    for (const [what, re] of PATTERNS) {
      const m = text.match(re);
      if (m) problems.push(`${path}: ${what} "${text.slice(Math.max(0, (m.index ?? 0) - 40), (m.index ?? 0) + m[0].length + 20)}"`);
    }
    if (!/Data as of \d{1,2} [A-Z][a-z]{2} \d{4}|Data as of [A-Z][a-z]{2} \d{4}/.test(text)) problems.push(`${path}: no "Data as of" line`);
  }
  expect(problems).toEqual([]);
});

test("the source-check page names and links the article it checks", async ({ page }) => {
  await page.goto("/source-check");
  const link = page.getByTestId("source-article");
  await expect(link).toHaveAttribute("href", "https://aze.media/azerbaijan-and-kazakhstan-building-the-economic-core-of-eurasia/");
  await expect(link).toContainText("building the economic core of Eurasia");
});

test("a plan whose date has passed without a recorded outcome reads as overdue, never as pending", async ({ page }) => {
  // The server runs with APP_TODAY=2026-12-01 (playwright.config.ts); the stored sources end in March 2026.
  await page.goto("/sectors/digital");
  const overdue = page.locator("[data-overdue]").filter({ hasText: "Q2–Q3 2026" }).first();
  await expect(overdue).toContainText("planned for Q2–Q3 2026");
  await expect(overdue).toContainText("no report of completion found; sources checked to 12 Mar 2026");
  await page.goto("/");
  await expect(page.getByTestId("freshness")).toContainText("Data as of 12 Mar 2026");
});
