/** Pure helpers for embedding the page's web font in an export: which @font-face subsets the text needs. */

export interface FontFaceSource {
  family: string;
  /** Absolute URL of the font file. */
  url: string;
  unicodeRange: string;
  weight: string;
  style: string;
}

/** "U+0000-00FF, U+0131, U+02??" → [[0, 255], [305, 305], [512, 767]]. An empty range covers everything. */
export function parseUnicodeRange(range: string): [number, number][] {
  if (!range.trim()) return [[0, 0x10ffff]];
  return range.split(",").flatMap((part) => {
    const m = /^\s*U\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?\s*$/i.exec(part);
    if (!m?.[1]) return [];
    if (m[1].includes("?")) return [[parseInt(m[1].replace(/\?/g, "0"), 16), parseInt(m[1].replace(/\?/g, "f"), 16)] as [number, number]];
    const lo = parseInt(m[1], 16);
    return [[lo, m[2] ? parseInt(m[2], 16) : lo] as [number, number]];
  });
}

/** The faces whose unicode-range covers at least one character of the text, in their original order. */
export function facesForText<F extends Pick<FontFaceSource, "unicodeRange">>(faces: F[], text: string): F[] {
  const codes = new Set<number>();
  for (const c of text) codes.add(c.codePointAt(0) ?? 0);
  return faces.filter((f) => {
    const ranges = parseUnicodeRange(f.unicodeRange);
    for (const code of codes) if (ranges.some(([lo, hi]) => code >= lo && code <= hi)) return true;
    return false;
  });
}

/** The first url() of a @font-face src list, with its quotes removed. */
export function firstUrl(src: string): string | null {
  const m = /url\(\s*(['"]?)(.*?)\1\s*\)/.exec(src);
  return m?.[2] ?? null;
}

/** A @font-face rule whose src is the font file itself as a data URL. */
export function fontFaceRule(face: Pick<FontFaceSource, "family" | "unicodeRange" | "weight" | "style">, base64: string, mime = "font/woff2"): string {
  const family = face.family.replace(/^['"]|['"]$/g, "").replace(/'/g, "");
  const range = face.unicodeRange.trim() ? `unicode-range:${face.unicodeRange};` : "";
  return `@font-face{font-family:'${family}';font-style:${face.style || "normal"};font-weight:${face.weight || "400"};src:url(data:${mime};base64,${base64}) format('woff2');${range}}`;
}
