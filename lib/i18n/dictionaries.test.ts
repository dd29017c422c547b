import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { en } from "./en";
import { LOCALES, type Locale } from "./locales";

/**
 * Issue 14: all interface text in all four languages. The type checker already refuses a
 * dictionary with a missing key (types.ts); these tests also catch what it cannot: a function
 * that returns nothing, a value left in English, and English typed straight into a component.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");

/** Every locale whose dictionary file exists; one still being written is skipped with a note rather than failing the others. */
const dictionaries: [Locale, unknown][] = [];
for (const locale of LOCALES) {
  if (locale === "en") continue;
  if (!existsSync(path.join(import.meta.dirname, `${locale}.ts`))) {
    console.info(`lib/i18n/${locale}.ts does not exist yet: its dictionary is not checked.`);
    continue;
  }
  // Not a static import: a file not yet written must skip its locale, not break the whole suite.
  const mod = (await import(/* @vite-ignore */ `./${locale}.ts`)) as Record<string, unknown>;
  dictionaries.push([locale, mod[locale]]);
}

/** Arguments for functions that take more than numbers and strings; the rest are called with 1, 2, 5 and "X" in every parameter. */
const SAMPLE_ARGS: Record<string, unknown[][]> = {
  "chart.description": [
    [{ kind: "columns", title: "X", unit: "X", series: ["X", "X"], years: "X", partial: "X", marks: 1, links: true }],
    [{ kind: "lines", title: "X", unit: "X", series: ["X"], years: null, partial: null, marks: 2, links: false }],
    [{ kind: "dots", title: "X", unit: "X", series: ["X"], years: null, partial: null, marks: 5, links: true }],
  ],
  // The year range: either end may be open, and both open gives no text at all.
  "filters.range": [
    [1, 2],
    [5, 5],
    [1, undefined],
    [undefined, 2],
    [undefined, undefined],
  ],
};

function sampleArgs(dotted: string, fn: (...args: never[]) => unknown): unknown[][] {
  return SAMPLE_ARGS[dotted] ?? [1, 2, 5, "X"].map((v) => Array.from({ length: fn.length }, () => v));
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Differences in shape between the English dictionary and another, as "path: problem" lines. */
function shapeProblems(english: unknown, other: unknown, at: string[] = []): string[] {
  const dotted = at.join(".") || "(root)";
  if (typeof english === "string") return typeof other === "string" && other.trim() !== "" ? [] : [`${dotted}: expected a non-empty string, got ${JSON.stringify(other)}`];
  if (typeof english === "function") {
    if (typeof other !== "function") return [`${dotted}: expected a function, got ${typeof other}`];
    const problems: string[] = [];
    let called = 0;
    for (const args of sampleArgs(dotted, english as (...a: never[]) => unknown)) {
      let expected: unknown;
      try {
        expected = (english as (...a: unknown[]) => unknown)(...args);
      } catch {
        continue;
      }
      called++;
      let got: unknown;
      try {
        got = (other as (...a: unknown[]) => unknown)(...args);
      } catch (error) {
        problems.push(`${dotted}(${args.map((a) => JSON.stringify(a)).join(", ")}): throws ${String(error)}`);
        continue;
      }
      if (expected === undefined ? got !== undefined : typeof got !== "string" || got.trim() === "")
        problems.push(`${dotted}(${args.map((a) => JSON.stringify(a)).join(", ")}): English gives ${JSON.stringify(expected)}, this locale ${JSON.stringify(got)}`);
    }
    if (called === 0) problems.push(`${dotted}: no sample arguments the English function accepts; add some to SAMPLE_ARGS`);
    return problems;
  }
  if (Array.isArray(english)) {
    if (!Array.isArray(other) || other.length !== english.length) return [`${dotted}: expected a list of ${english.length}`];
    return english.flatMap((e, i) => shapeProblems(e, other[i], [...at, String(i)]));
  }
  if (isObject(english)) {
    if (!isObject(other)) return [`${dotted}: expected an object, got ${typeof other}`];
    const missing = Object.keys(english).filter((k) => !(k in other));
    const extra = Object.keys(other).filter((k) => !(k in english));
    return [
      ...missing.map((k) => `${[...at, k].join(".")}: missing`),
      ...extra.map((k) => `${[...at, k].join(".")}: not in the English dictionary`),
      ...Object.keys(english)
        .filter((k) => k in other)
        .flatMap((k) => shapeProblems(english[k], other[k], [...at, k])),
    ];
  }
  return [];
}

/** Every string value by dotted path (function results are not compared: "X · X" is the same in any language). */
function strings(node: unknown, at: string[] = [], out = new Map<string, string>()): Map<string, string> {
  if (typeof node === "string") out.set(at.join("."), node);
  else if (Array.isArray(node)) node.forEach((v, i) => strings(v, [...at, String(i)], out));
  else if (isObject(node)) for (const [k, v] of Object.entries(node)) strings(v, [...at, k], out);
  return out;
}

/** Codes, symbols and formats that read the same in every language: a value made only of these is not "left in English". */
const SAME_IN_EVERY_LANGUAGE = ["USD", "TEU", "PNG", "SVG", "CSV", "PDF", "A4", "%", "×"];

/**
 * Values that are the same word in a language as in English, by locale and key, each with its
 * reason: a loanword the language itself uses, or a symbol it writes in Latin letters.
 */
const SAME_WORD: Partial<Record<Locale, Record<string, string>>> = {
  az: {
    "documents.kind.memorandum": "Azerbaijani memorandum",
    "documents.kind.plan": "Azerbaijani plan",
    "status.plan": "Azerbaijani plan",
    "admin.indicators.fields.url": "URL, the same abbreviation in Azerbaijani",
    "units.km": "km, the SI symbol Azerbaijani writes in Latin script",
    "units.Tbit/s": "Tbit/s, the SI symbol Azerbaijani writes in Latin script",
    "admin.import.formatXlsx": "Excel, the program's name",
  },
  kk: { "admin.import.formatXlsx": "Excel, the program's name" },
};

function untranslated(value: string): boolean {
  let rest = value;
  for (const token of SAME_IN_EVERY_LANGUAGE) rest = rest.replaceAll(token, " ");
  // Whatever remains without a letter (numbers, punctuation, a bare placeholder) is not text to translate.
  return /\p{L}/u.test(rest);
}

describe("the dictionaries", () => {
  it("finds at least one translated dictionary to check", () => {
    expect(dictionaries.length).toBeGreaterThan(0);
  });

  for (const [locale, dictionary] of dictionaries) {
    it(`${locale}: has exactly the English keys, and a working function wherever English has one`, () => {
      expect(shapeProblems(en, dictionary)).toEqual([]);
    });

    it(`${locale}: leaves no value in English`, () => {
      const english = strings(en);
      const allowed = SAME_WORD[locale] ?? {};
      const same = [...strings(dictionary)].filter(([key, value]) => english.get(key) === value && untranslated(value) && !(key in allowed)).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
      expect(same).toEqual([]);
    });
  }

  it("the allow-lists name keys that exist", () => {
    const english = strings(en);
    expect(Object.values(SAME_WORD).flatMap((keys) => Object.keys(keys ?? {}).filter((k) => !english.has(k)))).toEqual([]);
  });

  it("the sample arguments name functions that exist", () => {
    const fns = (node: unknown, at: string[] = []): string[] => (typeof node === "function" ? [at.join(".")] : isObject(node) ? Object.entries(node).flatMap(([k, v]) => fns(v, [...at, k])) : []);
    const all = new Set(fns(en));
    expect(Object.keys(SAMPLE_ARGS).filter((k) => !all.has(k))).toEqual([]);
  });
});

/**
 * Words allowed as they are in JSX text and in the attributes a reader sees or hears: each is the
 * same in every language the site speaks, or a name. Add one only with its reason.
 */
const ALLOWED_WORDS: Record<string, string> = {
  UTC: "the audit trail's time zone, an international abbreviation",
  PNG: "a file format",
  SVG: "a file format",
  CSV: "a file format",
  PDF: "a file format",
  USD: "a currency code",
  Tab: "a key's name, as printed on the keyboard",
};

/** Attributes whose text a reader sees or hears; className, href, data-* and the like are not checked. */
const READ_ATTRIBUTES = new Set(["aria-label", "aria-description", "aria-roledescription", "aria-valuetext", "aria-placeholder", "title", "alt", "placeholder", "label"]);

const LATIN_WORD = /(?<!\p{L})[A-Za-z]{2,}(?!\p{L})/gu;

function englishIn(text: string): string[] {
  const words = text.replace(/&[a-zA-Z]+;/g, " ").match(LATIN_WORD) ?? [];
  return words.filter((w) => !(w in ALLOWED_WORDS));
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" || e.name.startsWith(".") ? [] : tsxFiles(p);
    return e.name.endsWith(".tsx") ? [p] : [];
  });
}

/** Hard-coded English in one .tsx source: JSX text, a string child ({"…"}), and string values of READ_ATTRIBUTES. */
function hardCodedEnglish(fileName: string, source: string): string[] {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string, where: string) => {
    const words = englishIn(text);
    if (words.length === 0) return;
    const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
    found.push(`${fileName}:${line} ${where}: ${JSON.stringify(text.trim().replace(/\s+/g, " ").slice(0, 80))}`);
  };
  const literalText = (e: ts.Expression | undefined): string | null => {
    if (!e) return null;
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
    if (ts.isTemplateExpression(e)) return [e.head.text, ...e.templateSpans.map((s) => s.literal.text)].join(" ");
    if (ts.isParenthesizedExpression(e)) return literalText(e.expression);
    return null;
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text, "text");
    else if (ts.isJsxExpression(node) && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      const text = literalText(node.expression);
      if (text !== null) report(node, text, "text");
    } else if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(sf))) {
      const init = node.initializer;
      const text = !init ? null : ts.isStringLiteral(init) ? init.text : ts.isJsxExpression(init) ? literalText(init.expression) : null;
      if (text !== null) report(node, text, node.name.getText(sf));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe("components", () => {
  it("finds English the scan must report", () => {
    const sample = `export const A = () => <p title="Open the chart" aria-label={"Close"}>Read more<span>{"Loading…"}</span><b>UTC</b><i aria-label={t.x} className="text-sm">12 · —</i></p>;`;
    expect(hardCodedEnglish("sample.tsx", sample)).toEqual([
      'sample.tsx:1 title: "Open the chart"',
      'sample.tsx:1 aria-label: "Close"',
      'sample.tsx:1 text: "Read more"',
      'sample.tsx:1 text: "Loading…"',
    ]);
  });

  it("have no English text or spoken attributes typed into JSX (app/, components/)", () => {
    const files = ["app", "components"].flatMap((d) => tsxFiles(path.join(ROOT, d)));
    expect(files.length).toBeGreaterThan(20);
    const found = files.flatMap((f) => hardCodedEnglish(path.relative(ROOT, f), readFileSync(f, "utf8")));
    expect(found, "move these into lib/i18n/en.ts and every other dictionary, or allow a word in ALLOWED_WORDS with its reason").toEqual([]);
  });
});
