import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDatabase } from "../../lib/test-support/temp-db";
import type { AppDatabase } from "../connection";
import { contentTexts, listTranslations } from "./translations";

let db: AppDatabase;
let cleanup: () => void;
beforeAll(() => {
  ({ db, cleanup } = tempDatabase({ seed: true }));
  const q = db.$client;
  // One of each state: an editor's text, a reviewed machine text, a missing one.
  q.prepare(
    "update content_translations set text = 'Ticarət əlaqələri', origin = 'editor', reviewed_at = '2026-12-01T00:00:00.000Z', reviewed_by = 'ed@example.test' where entity = 'sector' and entity_key = 'trade' and field = 'name' and locale = 'az'",
  ).run();
  q.prepare(
    "update content_translations set reviewed_at = '2026-12-01T00:00:00.000Z', reviewed_by = 'ed@example.test' where entity = 'sector' and entity_key = 'energy' and field = 'name' and locale = 'az'",
  ).run();
  q.prepare("delete from content_translations where entity = 'sector' and entity_key = 'health' and field = 'name' and locale = 'kk'").run();
});
afterAll(() => cleanup());

describe("contentTexts", () => {
  it("gives the translation in its language, marking an unreviewed machine translation", () => {
    const az = contentTexts("az", db);
    expect(az("sector", "trade", "name", "Trade")).toEqual({ text: "Ticarət əlaqələri", lang: "az", machine: false });
    expect(az("sector", "energy", "name", "Energy")).toEqual({ text: "Energetika", lang: "az", machine: false });
    expect(az("sector", "transport", "name", "Transport")).toEqual({ text: "Nəqliyyat", lang: "az", machine: true });
    expect(contentTexts("ru", db)("event", "business-forum-2025", "title", "Kazakhstan–Azerbaijan Business Forum")).toMatchObject({ lang: "ru", machine: true });
  });

  it("falls back to the English, said to be English, where there is no translation, and for English itself", () => {
    expect(contentTexts("kk", db)("sector", "health", "name", "Health care")).toEqual({ text: "Health care", lang: "en", machine: false });
    expect(contentTexts("az", db)("sector", "trade", "description", "Bilateral trade in goods")).toMatchObject({ lang: "az" });
    expect(contentTexts("az", db)("project", "no-such-project", "name", "Invented")).toEqual({ text: "Invented", lang: "en", machine: false });
    expect(contentTexts("en", db)("sector", "trade", "name", "Trade")).toEqual({ text: "Trade", lang: "en", machine: false });
  });

  it("reads the locale's translations in one query", () => {
    const prepare = db.$client.prepare.bind(db.$client);
    let queries = 0;
    db.$client.prepare = ((sql: string) => {
      queries++;
      return prepare(sql);
    }) as typeof db.$client.prepare;
    try {
      const ru = contentTexts("ru", db);
      for (const key of ["trade", "energy", "transport", "digital"]) ru("sector", key, "name", key);
      ru("milestone", "G1", "title", "x");
    } finally {
      db.$client.prepare = prepare;
    }
    expect(queries).toBe(1);
  });
});

describe("listTranslations", () => {
  it("lists every translatable English text with its translation per locale", () => {
    const list = listTranslations({ view: "all" }, db);
    expect(list.locales).toEqual(["az", "kk", "ru"]);
    expect(list.rows.length).toBe(list.counts.texts);
    expect(list.counts.texts).toBe(176);
    expect(list.counts.missing).toBe(1);
    // Documents the sources do not name have no title, so nothing to translate.
    expect(list.rows.some((r) => r.key === "astana-2025-unidentified-11")).toBe(false);
    const trade = list.rows.find((r) => r.entity === "sector" && r.key === "trade" && r.field === "name")!;
    expect(trade.english).toBe("Trade");
    expect(trade.cells.az).toMatchObject({ text: "Ticarət əlaqələri", origin: "editor", machine: false });
    expect(trade.cells.ru).toMatchObject({ origin: "machine", machine: true });
  });

  it("filters by entity, locale, 'needs review' and 'missing'", () => {
    const sectors = listTranslations({ entity: "sector", view: "all" }, db);
    expect(new Set(sectors.rows.map((r) => r.entity))).toEqual(new Set(["sector"]));
    expect(sectors.rows).toHaveLength(22);
    const missing = listTranslations({ view: "missing" }, db);
    expect(missing.rows.map((r) => `${r.entity}/${r.key}/${r.field}`)).toEqual(["sector/health/name"]);
    expect(listTranslations({ view: "missing", locale: "az" }, db).rows).toEqual([]);
    const reviewAz = listTranslations({ entity: "sector", locale: "az", view: "review" }, db);
    expect(reviewAz.locales).toEqual(["az"]);
    expect(reviewAz.rows.some((r) => r.key === "trade" && r.field === "name")).toBe(false);
    expect(reviewAz.rows.some((r) => r.key === "energy" && r.field === "name")).toBe(false);
    expect(reviewAz.rows.some((r) => r.key === "transport" && r.field === "name")).toBe(true);
    expect(reviewAz.counts.review).toBe(20);
  });
});
