import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { fromSuperscript, superscriptNotes } from "../lib/briefing/footnotes";
import { pdfPages } from "./fixtures/pdf";

const SECTORS = ["all", "trade", "investment", "energy", "transport", "digital"] as const;

async function briefingPdf(request: APIRequestContext, sector: string): Promise<string[]> {
  const res = await request.get(`/en/briefing.pdf?sector=${sector}`);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/pdf");
  return pdfPages(await res.body());
}

/** The figures of the HTML briefing's headline table: value text and footnote number. */
async function htmlFigures(page: Page): Promise<{ value: string; note: number }[]> {
  return page
    .locator("[data-figure]")
    .evaluateAll((cells) => cells.map((c) => ({ value: c.querySelector("span")?.textContent ?? "", note: Number(c.querySelector("[data-footnote-ref]")?.getAttribute("data-footnote-ref")) })));
}

/** The numbers of the source lines ("12. Title. Publisher, date. https://…") after the Sources heading, each checked to hold an address. */
function sourceLines(text: string): number[] {
  const at = text.lastIndexOf("\nSources");
  expect(at).toBeGreaterThan(0);
  const list = text.slice(at + "\nSources".length);
  const starts = [...list.matchAll(/(?:^|\n)(\d{1,3})\. /g)];
  return starts.map((m, i) => {
    const chunk = list.slice(m.index, starts[i + 1]?.index ?? list.length);
    expect(chunk, `source line ${m[1]} has an address`).toMatch(/https?:\/\//);
    return Number(m[1]);
  });
}

test.describe("briefing", () => {
  test("the PDF of every sector has 1–2 pages of extractable text, and every footnote number resolves to a source line", async ({ page, request }) => {
    for (const sector of SECTORS) {
      const pages = await briefingPdf(request, sector);
      expect(pages.length, sector).toBeGreaterThanOrEqual(1);
      expect(pages.length, sector).toBeLessThanOrEqual(2);
      const text = pages.join("\n");
      expect(text).toContain("Briefing: Azerbaijan–Kazakhstan economic cooperation");
      expect(text).toContain("Headline figures");

      const defined = sourceLines(text);
      expect(defined, `${sector}: numbered 1..n`).toEqual(defined.map((_, i) => i + 1));
      const body = text.slice(0, text.lastIndexOf("\nSources"));
      const cited = new Set(fromSuperscript(body));
      for (const n of cited) expect(defined, `${sector}: footnote ${n} resolves`).toContain(n);
      for (const n of defined) expect(cited.has(n), `${sector}: source ${n} is cited`).toBe(true);

      // Every figure the briefing page shows is in the PDF with the same footnote number.
      await page.goto(`/briefing?sector=${sector}`);
      const figures = await htmlFigures(page);
      if (sector === "all") expect(figures.length).toBeGreaterThan(10);
      for (const f of figures) expect(body.replace(/\s+/g, " "), `${sector}: ${f.value}`).toContain(`${f.value}${superscriptNotes([f.note])}`);
      if (sector === "all") expect(text, "Cyrillic addresses are set in the embedded font").toMatch(/[а-яё]{4}/i);
    }
  });

  test("the HTML briefing: every figure has a footnote whose source line is on the page with its address", async ({ page }) => {
    await page.goto("/briefing");
    const cells = page.locator("[data-figure]");
    expect(await cells.count()).toBeGreaterThan(10);
    for (const cell of await cells.all()) await expect(cell.locator("[data-footnote-ref]")).toHaveCount(1);
    const refs = await page.locator("a[data-footnote-ref]").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    const notes = await page
      .locator("[data-footnote]")
      .evaluateAll((lis) => lis.map((li) => ({ id: li.id, n: Number(li.getAttribute("data-footnote")), url: li.querySelector("a")?.getAttribute("href") ?? "" })));
    expect(notes.map((n) => n.n)).toEqual(notes.map((_, i) => i + 1));
    for (const n of notes) expect(n.url).toMatch(/^https?:\/\//);
    const ids = new Set(notes.map((n) => `#${n.id}`));
    for (const href of refs) expect(ids.has(href ?? "")).toBe(true);
    for (const id of ids) expect(refs).toContain(id);
    // Both sides, never merged: one column each.
    await expect(page.locator("thead th")).toHaveText(["Indicator", "Azerbaijani side", "Kazakh side", "Joint or other"]);
  });

  test("printing /briefing with Chromium gives at most two A4 pages", async ({ page }) => {
    await page.goto("/briefing");
    await page.emulateMedia({ media: "print" });
    const pages = await pdfPages(await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true }));
    expect(pages.length).toBeLessThanOrEqual(2);
    const text = pages.join("\n");
    expect(text).toContain("Headline figures");
    expect(text).not.toMatch(/Download PDF|Reset filters|Copy link/);
  });

  test("the overview links to the briefing of its view, and the briefing to its PDF", async ({ page, request }) => {
    await page.goto("/?sector=energy&from=2022");
    await page.locator("[data-briefing-link]").click();
    await expect(page).toHaveURL(/\/briefing\?sector=energy&from=2022$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Briefing: Azerbaijan–Kazakhstan economic cooperation");
    const pdf = await page.locator("[data-briefing-pdf]").getAttribute("href");
    expect(pdf).toBe("/en/briefing.pdf?sector=energy&from=2022");
    const res = await request.get(pdf ?? "");
    expect(res.status()).toBe(200);
    expect((await res.body()).subarray(0, 5).toString()).toBe("%PDF-");
  });
});
