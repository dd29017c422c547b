import { describe, expect, it } from "vitest";
import { documentFields, observationFields, signInSchema, sourceSchema } from "./admin";
import { isoDate, isRealDate, optionalText, partialDate, text, unsafeTextProblem } from "./common";

const source = { publisher: "Azstat", title: "Foreign trade", url: "https://stat.gov.az/", publishedOn: "2025-03" };

describe("dates", () => {
  it("accept real calendar dates and partial dates, refuse impossible ones", () => {
    for (const v of ["2025", "2025-03", "2025-12", "2024-02-29", "2025-12-31"]) expect(isRealDate(v), v).toBe(true);
    for (const v of ["2025-13", "2025-00", "2025-02-30", "2025-02-29", "2025-04-31", "2025-1", "25", "2025-03-1"]) expect(isRealDate(v), v).toBe(false);
    expect(partialDate.safeParse("2025").success).toBe(true);
    expect(partialDate.safeParse("2025-03").success).toBe(true);
    expect(partialDate.safeParse("").success).toBe(true);
    expect(partialDate.safeParse("2025-13").success).toBe(false);
    expect(partialDate.safeParse("2025-02-30").success).toBe(false);
    expect(isoDate.safeParse("2025-02-30").success).toBe(false);
    expect(sourceSchema.safeParse({ ...source, publishedOn: "2025-13" }).success).toBe(false);
  });
});

describe("text fields", () => {
  const hostile = ["a\u0000b", "a\u0007b", "a\u001bb", "a\u007fb", "a\u0085b", "a\u202eb", "a\u202ab", "a\u2066b", "a\u2069b", "a\ud800b", "a\udc00b"];

  it("refuse control characters, bidirectional overrides and lone surrogates, keep line breaks, tabs and other scripts", () => {
    for (const v of hostile) expect(unsafeTextProblem(v), JSON.stringify(v)).not.toBeNull();
    for (const v of ["line one\nline two\r\n\tindented", "Қазақстан · Azərbaycan · Казахстан", "عربي", "emoji 🇦🇿🇰🇿", "left\u200eright"]) expect(unsafeTextProblem(v), v).toBeNull();
  });

  it("apply in every text field of every form", () => {
    for (const v of hostile) {
      expect(text(100).safeParse(v).success).toBe(false);
      expect(optionalText(100).safeParse(v).success).toBe(false);
      expect(sourceSchema.safeParse({ ...source, publisher: v }).success).toBe(false);
      expect(sourceSchema.safeParse({ ...source, title: v }).success).toBe(false);
      expect(sourceSchema.safeParse({ ...source, note: v }).success).toBe(false);
      expect(sourceSchema.safeParse({ ...source, originator: v }).success).toBe(false);
      expect(sourceSchema.safeParse({ ...source, url: `https://example.test/${v}` }).success).toBe(false);
      expect(signInSchema.safeParse({ email: `x${v}@example.test`, password: "p" }).success).toBe(false);
    }
    const observation = {
      periodStart: "2025-01-01",
      periodEnd: "2025-12-31",
      periodLabel: "2025",
      periodType: "year",
      value: "1",
      qualifier: "exact",
      status: "actual",
      reporter: "az",
      sourceId: 1,
      confidence: "high",
    };
    const okObservation = observationFields.safeParse(observation);
    expect(okObservation.error?.issues ?? []).toEqual([]);
    expect(observationFields.safeParse({ ...observation, note: "evil\u202eetoN" }).success).toBe(false);
    expect(observationFields.safeParse({ ...observation, periodLabel: "20\u000025" }).success).toBe(false);
    const doc = { identification: "identified", title: "Agreement", summary: "S", confidence: "high", sectors: [], sourceIds: [1], indicatorIds: [] };
    expect(documentFields.safeParse(doc).error?.issues ?? []).toEqual([]);
    for (const field of ["title", "summary", "note", "parties", "signedPlace"]) expect(documentFields.safeParse({ ...doc, [field]: "x\u2067y" }).success, field).toBe(false);
  });
});
