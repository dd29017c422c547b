import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { buildChartModel } from "@/lib/charts/model";
import { figure } from "@/lib/test-support/figure";
import { ChartSvg, type ChartVariant } from "./chart-svg";

const TODAY = new Date("2026-12-01T00:00:00Z");
const year = (y: number, p: Parameters<typeof figure>[0] = {}) => figure({ periodStart: `${y}-01-01`, periodEnd: `${y}-12-31`, periodLabel: String(y), ...p });
const model = buildChartModel({
  id: "oil",
  title: "Kazakh oil via BTC",
  unit: "million tonnes",
  figures: [
    year(2022, { value: 0.25, reporter: "kz" }),
    year(2023, { value: 1.392, reporter: "kz" }),
    year(2025, { value: 1.2, qualifier: "approx", status: "forecast", reporter: "kz" }),
    year(2025, { value: 1.7, status: "plan", reporter: "kz" }),
  ],
  today: TODAY,
});
const render = (variant: ChartVariant) => renderToStaticMarkup(createElement(ChartSvg, { model, variant }));
const texts = (html: string, role: string) => [...html.matchAll(new RegExp(`<text[^>]*data-role="${role}"[^>]*>(.*?)</text>`, "g"))].map((m) => m[1]!.replace(/<[^>]+>/g, ""));

describe("ChartSvg", () => {
  for (const variant of ["narrow", "wide"] as const) {
    it(`${variant}: draws every bar to the scale of the axis beside it`, () => {
      const html = render(variant);
      // Gridlines carry the tick values' positions; bars must end where their values sit on that scale.
      const ticks = texts(html, "tick").map(Number);
      const grid = [...html.matchAll(/<line x1="[\d.]+" x2="[\d.]+" y1="([\d.]+)" y2="\1"[^>]*data-role="grid"/g)].map((m) => Number(m[1]));
      expect(grid.length).toBe(ticks.length);
      const y = (v: number) => grid[0]! + ((v - ticks[0]!) / (ticks.at(-1)! - ticks[0]!)) * (grid.at(-1)! - grid[0]!);
      // Bars: series-coloured rectangles without rounded corners (legend swatches have them); an outturn's status is the default, unwritten.
      const bars = [...html.matchAll(/<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"([^>]*)>/g)]
        .filter((m) => /fill="var\(--chart-(az|kz|other|single|indicator\d)\)"/.test(m[3]!) && !m[3]!.includes("rx="))
        .map((m) => [m[0], m[1], m[2], /data-status="(\w+)"/.exec(m[3]!)?.[1] ?? "actual"] as const);
      expect(bars.length).toBe(3);
      expect(bars.map((b) => b[3])).toEqual(["actual", "actual", "forecast"]);
      const values = [0.25, 1.392, 1.2];
      bars.forEach((b, i) => {
        const inset = b[3] === "forecast" ? 0.75 : 0;
        expect(Number(b[1]) - inset).toBeCloseTo(y(values[i]!), 0);
        expect(Number(b[1]) + Number(b[2]) + inset).toBeCloseTo(y(0), 0);
      });
    });
  }

  it("labels values as published, with their qualifier, and the plan as a reference", () => {
    const html = render("wide");
    expect(texts(html, "value")).toEqual(["0.25", "1.392", "~1.2", "plan 1.7"]);
    expect(html).toMatch(/data-reference=""/);
  });

  it("gives the missing year its own slot", () => {
    const html = render("wide");
    expect(texts(html, "category")).toEqual(["2022", "2023", "2024", "2025"]);
    expect(html).toMatch(/data-mark-kind="gap"[^>]*data-tip-heading="Kazakh side, 2024"/);
  });

  it("paints with the theme's CSS variables only, so the page and the files share one palette", () => {
    const html = render("narrow");
    expect(html).toContain("var(--chart-kz)");
    expect(html).not.toMatch(/#[0-9a-f]{6}/i);
  });

  it("draws the same ticks, values and categories at both widths", () => {
    const [narrow, wide] = [render("narrow"), render("wide")];
    for (const role of ["tick", "value", "legend"]) expect(texts(narrow, role)).toEqual(texts(wide, role));
  });
});

describe("ChartSvg: a long series", () => {
  it("is drawn as lines over the same year axis, broken where a year has no figure", () => {
    const years = Array.from({ length: 20 }, (_, i) => 2000 + i).filter((y) => y !== 2010);
    const long = buildChartModel({ id: "long", title: "T", unit: "USD million", figures: years.map((y) => year(y, { value: y - 1990 })), today: TODAY });
    expect(long.kind).toBe("lines");
    const html = renderToStaticMarkup(createElement(ChartSvg, { model: long, variant: "wide" }));
    const d = /<path d="([^"]+)"[^>]*data-role="line"/.exec(html)?.[1] ?? "";
    expect(d.match(/M/g)).toHaveLength(2);
    expect(d.match(/L/g)).toHaveLength(years.length - 2);
    expect(html).toMatch(/data-mark-kind="gap"[^>]*data-tip-heading="Azerbaijani side, 2010"/);
  });
});

describe("ChartSvg: labels at phone width", () => {
  it("never lets two category labels overlap, part-year labels included", async () => {
    const { textWidth } = await import("@/lib/charts/text");
    const ytd = (y: number, v: number) => figure({ periodStart: `${y}-01-01`, periodEnd: `${y}-10-31`, periodLabel: `Jan–Oct ${y}`, periodType: "year_to_date", value: v });
    const figures = [...Array.from({ length: 11 }, (_, i) => year(2014 + i, { value: 100 + i, reporter: i % 2 ? "az" : "kz" })), ytd(2025, 600), ytd(2024, 400)];
    const m = buildChartModel({ id: "t", title: "Trade", unit: "USD million", figures, today: TODAY });
    for (const variant of ["narrow", "wide"] as const) {
      const html = renderToStaticMarkup(createElement(ChartSvg, { model: m, variant }));
      const labels = [...html.matchAll(/<text x="([\d.]+)"[^>]*data-role="category">(.*?)<\/text>/g)].map((x) => {
        const lines = [...x[2]!.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((t) => t[1]!);
        const w = Math.max(...lines.map((l) => textWidth(l, 11)));
        return { from: Number(x[1]) - w / 2, to: Number(x[1]) + w / 2, text: lines.join(" ") };
      });
      expect(labels.map((l) => l.text)).toContain("Jan–Oct 2025");
      for (let i = 1; i < labels.length; i++) expect(labels[i]!.from, `${variant}: ${labels[i - 1]!.text} / ${labels[i]!.text}`).toBeGreaterThan(labels[i - 1]!.to);
    }
  });
});
