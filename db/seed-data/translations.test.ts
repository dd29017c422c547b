import { describe, expect, it } from "vitest";
import { TRANSLATION_LOCALES } from "../../lib/constants";
import { loadSeedData, seededEnglishTexts } from "./load";

const data = loadSeedData();
const english = seededEnglishTexts(data);
const byText = new Map(data.translationSeeds.map((t) => [`${t.entity}/${t.key}/${t.field}/${t.locale}`, t]));

/**
 * Texts whose translation may read exactly as the English: proper names that every language writes
 * the same way. Empty today; a name added here is a decision, not an accident.
 */
const SAME_AS_ENGLISH = new Set<string>([]);

/** The figures a text states: "225,000" and "225 000" read as 225000, a decimal comma as a point ("33,3" is 33.3). */
const numbersIn = (s: string) =>
  (s.match(/(?<!\d)\d{1,3}(?:[ \u00a0,]\d{3}(?!\d))+|(?<!\d)\d+(?:[.,]\d+)?/g) ?? []).map((n) => (/[ \u00a0,]\d{3}$/.test(n) && !/[.]/.test(n) ? n.replace(/[ \u00a0,]/g, "") : n.replace(",", ".")));

describe("seed translations", () => {
  it("give every seeded sector, indicator, document, project, milestone, package and event a name or title in az, kk and ru", () => {
    const missing = [...english.keys()].flatMap((id) => TRANSLATION_LOCALES.filter((l) => !byText.has(`${id}/${l}`)).map((l) => `${id}/${l}`));
    expect(missing).toEqual([]);
    const entities = new Set([...english.keys()].map((id) => id.split("/")[0]));
    expect([...entities].sort()).toEqual(["document", "event", "indicator", "milestone", "package", "project", "sector"]);
  });

  it("never pass the English off as a translation, except for allow-listed proper names", () => {
    const same = data.translationSeeds.filter((t) => t.text === english.get(`${t.entity}/${t.key}/${t.field}`)).map((t) => `${t.entity}/${t.key}/${t.field}/${t.locale}`);
    expect(same.filter((id) => !SAME_AS_ENGLISH.has(id))).toEqual([]);
  });

  it("write Azerbaijani in Latin script and Kazakh and Russian in Cyrillic, with each language's own letters where it has them", () => {
    const wrong = data.translationSeeds.filter((t) => (t.locale === "az" ? /[\u0400-\u04FF]/.test(t.text) : !/[\u0400-\u04FF]/.test(t.text) || /[əğış]/i.test(t.text)));
    expect(wrong.map((t) => `${t.key}/${t.locale}`)).toEqual([]);
    // A whole file of Kazakh without ә ғ қ ң ө ұ ү һ і would be Russian mislabelled; same for Azerbaijani without ə.
    expect(data.translationSeeds.filter((t) => t.locale === "kk" && /[әғқңөұүһі]/i.test(t.text)).length).toBeGreaterThan(100);
    expect(data.translationSeeds.filter((t) => t.locale === "az" && /[əğıöşüç]/i.test(t.text)).length).toBeGreaterThan(100);
  });

  it("state no figure the English does not state", () => {
    const invented = data.translationSeeds.flatMap((t) => {
      const source = new Set(numbersIn(english.get(`${t.entity}/${t.key}/${t.field}`)!));
      return numbersIn(t.text)
        .filter((n) => !source.has(n))
        .map((n) => `${t.entity}/${t.key}/${t.locale}: ${n}`);
    });
    expect(invented).toEqual([]);
  });
});
