import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LIGHT_CHART_COLOURS, literalSeriesColour } from "./chart-style";

/** Resolves a custom property of app/globals.css through var() references to its literal value. */
function cssValue(css: string, name: string): string {
  const m = new RegExp(`${name}\\s*:\\s*([^;]+);`).exec(css);
  if (!m?.[1]) throw new Error(`${name} is not defined in globals.css`);
  const value = m[1].trim();
  const ref = /^var\((--[\w-]+)\)$/.exec(value);
  return ref?.[1] ? cssValue(css, ref[1]) : value;
}

describe("LIGHT_CHART_COLOURS", () => {
  it("matches the chart variables of the page's stylesheet", () => {
    const css = readFileSync(path.join(import.meta.dirname, "../app/globals.css"), "utf8");
    for (const [variable, literal] of Object.entries(LIGHT_CHART_COLOURS)) {
      const name = /var\((--[\w-]+)\)/.exec(variable)?.[1] ?? "";
      expect(cssValue(css, name).toLowerCase(), variable).toBe(literal);
    }
  });

  it("gives every series a literal colour", () => {
    expect(literalSeriesColour("az", 0)).toBe("#1d4ed8");
    expect(literalSeriesColour("investment-kz-in-az", 1)).toMatch(/^#[0-9a-f]{6}$/);
  });
});
