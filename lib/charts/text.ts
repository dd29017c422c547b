/**
 * Text measuring without a browser, so the chart and its export frame can be laid out on the server
 * (the page and the files are drawn from one layout). Approximate advance widths of Inter in em,
 * slightly generous, so an estimate errs towards an early line break rather than text running over.
 * Written by hand: a real font metrics library would ship the font tables to the browser.
 */
const WIDTHS: [string, number][] = [
  ["iljI|!.,:;'·", 0.27],
  [" ", 0.28],
  ["ftr()[]/", 0.38],
  ["-", 0.42],
  ['"', 0.42],
  ["szxcyvkJ?", 0.53],
  ["abdeghnopqu", 0.59],
  ["0123456789~=+×$<>†", 0.63],
  ["–", 0.6],
  ["LEFTPZSBKRXYÿ", 0.66],
  ["ACDGHNUVO&Q", 0.75],
  ["mwM%", 0.88],
  ["W—◆", 1.0],
];
const WIDTH_OF = new Map<string, number>();
for (const [chars, w] of WIDTHS) for (const c of chars) WIDTH_OF.set(c, w);

export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const c of text) em += WIDTH_OF.get(c) ?? 0.62;
  return em * size * (bold ? 1.07 : 1);
}

/** Breaks a word wider than the line, preferring URL separators, then anywhere. */
function breakWord(word: string, max: number, size: number, bold: boolean): string[] {
  const out: string[] = [];
  let rest = word;
  while (textWidth(rest, size, bold) > max && rest.length > 1) {
    let cut = rest.length - 1;
    while (cut > 1 && textWidth(rest.slice(0, cut), size, bold) > max) cut--;
    const slice = rest.slice(0, cut);
    const sep = Math.max(slice.lastIndexOf("/"), slice.lastIndexOf("?"), slice.lastIndexOf("&"), slice.lastIndexOf("-"));
    if (sep > cut / 2) cut = sep + 1;
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  out.push(rest);
  return out;
}

/** Lines of at most `max` units at font size `size`. */
export function wrapText(text: string, max: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size, bold) <= max) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    const pieces = breakWord(word, max, size, bold);
    line = pieces.pop() ?? "";
    lines.push(...pieces);
  }
  if (line) lines.push(line);
  return lines.length ? lines : [""];
}
