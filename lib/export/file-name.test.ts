import { describe, expect, it } from "vitest";
import { exportFileBase, exportFileName, slugify } from "./file-name";

describe("slugify", () => {
  it("keeps ASCII letters and digits, folds accents and drops everything else", () => {
    expect(slugify("Jan–Aug 2025 (Trend)")).toBe("jan-aug-2025-trend");
    expect(slugify("Şəki & Ağdam")).toBe("seki-agdam");
    expect(slugify("  --  ")).toBe("");
  });
});

describe("exportFileBase", () => {
  it("names the indicator, the reporting side and the years covered", () => {
    expect(exportFileBase({ indicatorSlugs: ["trade-turnover"], reporters: ["az", "az"], years: [2019, 2025] })).toBe("trade-turnover-az-side-2019-2025");
    expect(exportFileBase({ indicatorSlugs: ["trade-turnover"], reporters: ["kz", "az"], years: [2022, 2025] })).toBe("trade-turnover-az-and-kz-sides-2022-2025");
    expect(exportFileBase({ indicatorSlugs: ["oil-transit-btc"], reporters: ["kz"], years: [2024, 2024] })).toBe("oil-transit-btc-kz-side-2024");
  });

  it("leaves the side out when joint or other figures are mixed in", () => {
    expect(exportFileBase({ indicatorSlugs: ["tcfo-capacity"], reporters: ["other"], years: [2019, 2025] })).toBe("tcfo-capacity-2019-2025");
    expect(exportFileBase({ indicatorSlugs: ["x"], reporters: ["az", "kz", "other"], years: null })).toBe("x");
  });

  it("joins several indicators without repeating their shared first words", () => {
    expect(exportFileBase({ indicatorSlugs: ["investment-az-in-kz", "investment-kz-in-az"], reporters: ["az", "kz", "other"], years: [2005, 2024] })).toBe(
      "investment-az-in-kz-and-kz-in-az-2005-2024",
    );
  });

  it("stays short and keeps the years when the name would be too long", () => {
    const base = exportFileBase({ indicatorSlugs: ["a".repeat(200)], reporters: ["az"], years: [2019, 2025] });
    expect(base.length).toBeLessThanOrEqual(120);
    expect(base.endsWith("-az-side-2019-2025")).toBe(true);
  });
});

describe("exportFileName", () => {
  it("adds the format's extension", () => {
    expect(exportFileName("trade-turnover-2019-2025", "png")).toBe("trade-turnover-2019-2025.png");
    expect(exportFileName("", "csv")).toBe("chart.csv");
  });
});
