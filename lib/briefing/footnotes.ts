/**
 * Numbered footnotes for a document that cites sources: each source gets one number, in the order
 * it is first cited, and citing it again returns the same number. The briefing page and its PDF
 * number through one of these in the same order, so a footnote means the same in both.
 */

export interface CitedSource {
  title: string;
  publisher: string;
  /** ISO date, possibly partial ("2025-10"); null when the source gives none. */
  publishedOn: string | null;
  url: string;
}

export interface Footnote extends CitedSource {
  n: number;
}

export interface Footnotes {
  /** The footnote number of a source, assigned on its first citation. */
  cite(source: CitedSource): number;
  /** Every footnote, in number order. */
  list(): Footnote[];
}

/** Two citations are one footnote when they name the same item: same address and title. */
function sourceKey(s: CitedSource): string {
  return `${s.url}\u0000${s.title}`;
}

export function createFootnotes(): Footnotes {
  const byKey = new Map<string, Footnote>();
  return {
    cite(source) {
      const key = sourceKey(source);
      const found = byKey.get(key);
      if (found) return found.n;
      const note: Footnote = { n: byKey.size + 1, title: source.title, publisher: source.publisher, publishedOn: source.publishedOn, url: source.url };
      byKey.set(key, note);
      return note.n;
    },
    list: () => [...byKey.values()],
  };
}

/** "1, 3–5, 8": footnote numbers in order, runs of three or more collapsed. */
export function footnoteRange(numbers: number[]): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    const lo = sorted[i];
    const hi = sorted[j];
    parts.push(j - i >= 2 ? `${lo}–${hi}` : sorted.slice(i, j + 1).join(", "));
    i = j + 1;
  }
  return parts.join(", ");
}

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const sup = (n: number) => [...String(n)].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join("");

/**
 * Footnote numbers as superscript characters, sorted, runs of three or more collapsed ("¹⁻³,¹²"),
 * for text set without markup (the PDF): they stay numbers when the text is copied or extracted,
 * and read back with `fromSuperscript`.
 */
export function superscriptNotes(numbers: number[]): string {
  return footnoteRange(numbers)
    .split(", ")
    .filter(Boolean)
    .map((part) => part.split("–").map(Number).map(sup).join("⁻"))
    .join(",");
}

/** The footnote numbers in superscript text, ranges expanded: "¹⁻³,¹²" → [1, 2, 3, 12]. */
export function fromSuperscript(text: string): number[] {
  const read = (run: string) => Number([...run].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join(""));
  return (text.match(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+/g) ?? []).flatMap((run) => {
    const [lo, hi] = run.split("⁻").map(read);
    if (lo === undefined) return [];
    return hi === undefined ? [lo] : Array.from({ length: hi - lo + 1 }, (_, k) => lo + k);
  });
}

/** An address as a reader types it: percent-encoded letters (Cyrillic paths) shown as letters; the link keeps the encoded form. */
export function readableUrl(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}
