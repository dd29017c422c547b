import { describe, expect, it } from "vitest";
import { facesForText, firstUrl, fontFaceRule, parseUnicodeRange } from "./fonts";

const LATIN = "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD";
const LATIN_EXT = "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF";
const CYRILLIC = "U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116";
const faces = [
  { name: "cyrillic", unicodeRange: CYRILLIC },
  { name: "latin-ext", unicodeRange: LATIN_EXT },
  { name: "latin", unicodeRange: LATIN },
];

describe("parseUnicodeRange", () => {
  it("reads single code points, ranges and wildcards", () => {
    expect(parseUnicodeRange("U+0000-00FF, U+0131,U+04??")).toEqual([
      [0, 255],
      [0x131, 0x131],
      [0x400, 0x4ff],
    ]);
    expect(parseUnicodeRange("")).toEqual([[0, 0x10ffff]]);
  });
});

describe("facesForText", () => {
  it("keeps only the subsets the text uses", () => {
    expect(facesForText(faces, "Trade turnover – 2025").map((f) => f.name)).toEqual(["latin"]);
    expect(facesForText(faces, "Ağdam, Şəki").map((f) => f.name)).toEqual(["latin-ext", "latin"]);
    expect(facesForText(faces, "Товарооборот").map((f) => f.name)).toEqual(["cyrillic"]);
  });
});

describe("firstUrl", () => {
  it("reads quoted and unquoted url()", () => {
    expect(firstUrl('url("/_next/static/media/inter.woff2") format("woff2-variations")')).toBe("/_next/static/media/inter.woff2");
    expect(firstUrl("url(./files/a.woff2) format('woff2')")).toBe("./files/a.woff2");
    expect(firstUrl("local(Inter)")).toBeNull();
  });
});

describe("fontFaceRule", () => {
  it("writes a rule with the font as a data URL and keeps the weight range and unicode-range", () => {
    const rule = fontFaceRule({ family: '"Inter Variable"', unicodeRange: CYRILLIC, weight: "100 900", style: "normal" }, "AAAA");
    expect(rule).toBe(`@font-face{font-family:'Inter Variable';font-style:normal;font-weight:100 900;src:url(data:font/woff2;base64,AAAA) format('woff2');unicode-range:${CYRILLIC};}`);
  });
});
