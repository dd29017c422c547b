import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createFootnotes, footnoteRange, fromSuperscript, superscriptNotes, type CitedSource } from "./footnotes";

const src = (url: string, title = "T"): CitedSource => ({ url, title, publisher: "P", publishedOn: "2025-10-21" });

describe("createFootnotes", () => {
  it("numbers sources in order of first citation and gives a source cited again its first number", () => {
    const f = createFootnotes();
    expect(f.cite(src("https://a"))).toBe(1);
    expect(f.cite(src("https://b"))).toBe(2);
    expect(f.cite(src("https://a"))).toBe(1);
    expect(f.cite(src("https://a", "Another item at the same address"))).toBe(3);
    expect(f.list().map((n) => [n.n, n.url, n.title])).toEqual([
      [1, "https://a", "T"],
      [2, "https://b", "T"],
      [3, "https://a", "Another item at the same address"],
    ]);
  });

  it("for any sequence of citations: numbers run 1..n without gaps and every citation resolves to its own source", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ url: fc.constantFrom("u1", "u2", "u3", "u4"), title: fc.constantFrom("a", "b") }), { maxLength: 40 }), (cites) => {
        const f = createFootnotes();
        const numbers = cites.map((c) => f.cite(src(c.url, c.title)));
        const list = f.list();
        expect(list.map((n) => n.n)).toEqual(list.map((_, i) => i + 1));
        cites.forEach((c, i) => expect(list[(numbers[i] ?? 0) - 1]).toMatchObject({ url: c.url, title: c.title }));
        expect(list.length).toBe(new Set(cites.map((c) => `${c.url}|${c.title}`)).size);
      }),
    );
  });
});

describe("footnoteRange", () => {
  it("sorts, removes repeats and collapses runs of three or more", () => {
    expect(footnoteRange([])).toBe("");
    expect(footnoteRange([4])).toBe("4");
    expect(footnoteRange([5, 3, 4, 1, 8, 3])).toBe("1, 3–5, 8");
    expect(footnoteRange([1, 2])).toBe("1, 2");
    expect(footnoteRange([1, 2, 3, 7, 8])).toBe("1–3, 7, 8");
  });
});

describe("superscriptNotes", () => {
  it("writes footnote numbers as superscript digits that read back as the same numbers", () => {
    expect(superscriptNotes([3])).toBe("³");
    expect(superscriptNotes([40, 3, 12])).toBe("³,¹²,⁴⁰");
    expect(superscriptNotes([1, 2, 3, 12, 5, 4])).toBe("¹⁻⁵,¹²");
    expect(fromSuperscript("x¹⁻⁵,¹² y")).toEqual([1, 2, 3, 4, 5, 12]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 999 }), { maxLength: 8 }), (ns) => {
        expect(fromSuperscript(`600.3 USD million${superscriptNotes(ns)} 2024`)).toEqual([...new Set(ns)].sort((a, b) => a - b));
      }),
    );
  });
});
