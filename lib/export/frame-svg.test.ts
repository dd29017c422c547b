import { describe, expect, it } from "vitest";
import { panelChartExport } from "./chart-export";
import { frameFromExport, frameText } from "./frame";
import { buildFrameSvg, escapeXml, niceTicks, wrapText, type Frame } from "./frame-svg";
import { figure } from "../test-support/figure";

const base: Frame = {
  title: 'Trade <AZ & KZ> "turnover"',
  subtitle: "Unit: USD million · Currency: USD",
  series: [
    { key: "az", label: "Azerbaijani side", colour: "#1d4ed8" },
    { key: "kz", label: "Kazakh side", colour: "#b45309" },
  ],
  categories: [
    { label: "2023", cells: { az: { value: 314, label: "314", status: "actual" }, kz: { value: 529.4, label: "529.4", status: "actual" } } },
    { label: "Jan–Aug 2025", cells: { az: { value: 547.6, label: "547.6", status: "preliminary" }, kz: undefined } },
  ],
  layout: "horizontal",
  axisUnit: "mUSD",
  statusLegend: { title: "Bar style by status:", items: [{ status: "actual", label: "actual" }, { status: "preliminary", label: "preliminary" }] },
  filters: "Filters: sector Trade · period 2022 onwards",
  sources: ["Source: State Customs Committee of Azerbaijan via Trend, 10 Oct 2025", "Source: Kazinform, 8 Aug 2024"],
  dataAsOf: "Data as of 10 Oct 2025",
  permalink: "https://monitor.example/?sector=trade&from=2022",
  product: "Azerbaijan–Kazakhstan Cooperation Monitor",
};

function parse(svg: string) {
  // A minimal well-formedness check without a DOM: every tag closes in order.
  const stack: string[] = [];
  const body = svg.replace(/<\?xml[^>]*\?>/, "").replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "");
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][\w-]*)([^>]*?)(\/?)>/g)) {
    const [, closing, name, , selfClosing] = m;
    if (selfClosing) continue;
    if (closing) expect(stack.pop()).toBe(name);
    else stack.push(name ?? "");
  }
  expect(stack).toEqual([]);
  expect(body).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
}

describe("buildFrameSvg", () => {
  it("is a well-formed standalone SVG with a white background and its size in the attributes", () => {
    const { svg, width, height } = buildFrameSvg(base);
    parse(svg);
    expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(width).toBe(900);
    expect(height).toBeGreaterThan(400);
    expect(svg).toContain(`width="900" height="${height}" viewBox="0 0 900 ${height}"`);
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).not.toContain("var(--");
  });

  it("contains the title, legend entries, status legend, filters, every source, the data date, permalink and product", () => {
    const { svg } = buildFrameSvg(base);
    expect(svg).toContain("Trade &lt;AZ &amp; KZ&gt; &quot;turnover&quot;");
    const legend = /<g data-role="legend">([\s\S]*?)<\/g><g data-role="chart">/.exec(svg)?.[1] ?? "";
    expect(legend).toContain("Azerbaijani side");
    expect(legend).toContain("Kazakh side");
    expect(svg).toMatch(/data-role="status-legend">.*preliminary/);
    for (const line of [...base.sources, base.filters, base.dataAsOf, base.product]) expect(svg).toContain(`>${escapeXml(line)}<`);
    expect(svg).toContain("https://monitor.example/?sector=trade&amp;from=2022");
  });

  it("escapes <, & and \" wherever data goes: text, attributes and the title element", () => {
    const nasty = 'A<b>&"c"';
    const { svg } = buildFrameSvg({ ...base, title: nasty, series: [{ key: "x", label: nasty, colour: '#000" onload="x' }], sources: [`Source: ${nasty}`] });
    parse(svg);
    expect(svg).not.toContain("<b>");
    expect(svg).not.toContain('onload="x');
    expect(svg).toContain("<title>A&lt;b&gt;&amp;&quot;c&quot;</title>");
    expect(svg).toContain("Source: A&lt;b&gt;&amp;&quot;c&quot;");
  });

  it("draws one bar per present cell, styled by status", () => {
    const { svg } = buildFrameSvg(base);
    const chart = /<g data-role="chart">([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? "";
    expect(chart.match(/<rect [^>]*data-status=/g)).toHaveLength(3);
    expect(chart).toMatch(/fill-opacity="0.55" data-status="preliminary"/);
  });

  it("shows no status legend when every bar has one status", () => {
    expect(buildFrameSvg({ ...base, statusLegend: null }).svg).not.toContain("status-legend");
  });

  it("draws horizontal bars for long category labels", () => {
    const { svg } = buildFrameSvg({ ...base, layout: "vertical" });
    parse(svg);
    expect(svg.match(/data-status=/g)?.length).toBeGreaterThanOrEqual(3);
  });

  it("marks signed documents above their year, as the page does, and lists them under the chart", () => {
    const documents = { heading: "Signed documents, marked on the chart in the year they were signed:", lines: ["21 Oct 2025 · Joint statement", "5 Mar 2025 · Memorandum on <cargo>"] };
    const { svg } = buildFrameSvg({ ...base, markers: [{ category: "2023", count: 2 }, { category: "1999", count: 1 }], documents });
    parse(svg);
    const marks = /<g data-role="markers">([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? "";
    // A category the chart does not show gets no marker.
    expect(marks.match(/<polygon /g)).toHaveLength(1);
    expect(marks).toContain(">2</text>");
    // The diamond stands over the middle of its category's band: between the two bars of 2023.
    const centre = Number(/<polygon points="([\d.]+),/.exec(marks)?.[1]);
    const chartPart = /<g data-role="chart">([\s\S]*?)<g data-role="markers">/.exec(svg)?.[1] ?? "";
    const bars = [...chartPart.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*data-status=/g)].map((m) => Number(m[1]) + Number(m[2]) / 2);
    expect(Math.abs(centre - ((bars[0] ?? 0) + (bars[1] ?? 0)) / 2)).toBeLessThan(1);
    const notes = /<g data-role="documents">([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? "";
    expect(notes).toContain(documents.heading);
    expect(notes).toContain("21 Oct 2025 · Joint statement");
    expect(notes).toContain("Memorandum on &lt;cargo&gt;");
    expect(buildFrameSvg(base).svg).not.toMatch(/data-role="(markers|documents)"/);
  });

  it("doubles the pixel size, not the drawing, at scale 2", () => {
    const { svg, height } = buildFrameSvg(base, { scale: 2 });
    expect(svg).toContain(`width="1800" height="${height * 2}" viewBox="0 0 900 ${height}"`);
  });

  it("embeds the given font rules", () => {
    const fontCss = "@font-face{font-family:'Inter Variable';src:url(data:font/woff2;base64,AAAA) format('woff2');}";
    const { svg } = buildFrameSvg({ ...base, fontCss });
    expect(svg).toContain(`<style><![CDATA[${fontCss}`);
  });
});

describe("wrapText", () => {
  it("wraps at spaces within the width and breaks long URLs", () => {
    const lines = wrapText("Source: State Customs Committee of Azerbaijan via Trend, 10 Oct 2025", 200, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe("Source: State Customs Committee of Azerbaijan via Trend, 10 Oct 2025");
    const url = wrapText(`https://example.org/${"a".repeat(200)}?x=1`, 300, 12);
    expect(url.length).toBeGreaterThan(1);
    expect(url.join("")).toBe(`https://example.org/${"a".repeat(200)}?x=1`);
  });
});

describe("niceTicks", () => {
  it("runs from zero to a round number at or above the maximum", () => {
    expect(niceTicks([547.6, 314])).toEqual([0, 100, 200, 300, 400, 500, 600]);
    expect(niceTicks([1.5, 0.25])).toEqual([0, 0.25, 0.5, 0.75, 1, 1.25, 1.5]);
    expect(niceTicks([400, 6])).toEqual([0, 100, 200, 300, 400]);
    expect(niceTicks([])).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});

describe("frameFromExport", () => {
  it("takes the title, literal colours, values as published and one line per source from the chart's export data", () => {
    const spec = panelChartExport({
      sector: { slug: "trade", name: "Trade" },
      figures: [
        figure({ value: 680, qualifier: "approx", periodStart: "2022-01-01", periodEnd: "2022-12-31", reporter: "az" }),
        figure({ value: 463.3, periodStart: "2022-01-01", periodEnd: "2022-12-31", reporter: "kz", status: "preliminary", source: { id: 4, title: "t", publisher: "Kazinform", originator: null, url: "https://x", publishedOn: "2024-08-08" } }),
      ],
      spec: { categoryBy: "period", seriesBy: "reporter" },
      filters: { from: 2022 },
    });
    const frame = frameFromExport(spec, "https://monitor.example/?from=2022");
    expect(frame.title).toBe("Bilateral trade turnover");
    expect(frame.series.map((s) => s.colour)).toEqual(["#1d4ed8", "#b45309"]);
    expect(frame.categories[0]?.cells.az?.label).toBe("~680");
    expect(frame.sources).toEqual(["Source: State Customs Committee of Azerbaijan via Trend, 10 Oct 2025", "Source: Kazinform, 8 Aug 2024"]);
    expect(frame.filters).toBe("Filters: sector Trade · period 2022 onwards");
    expect(frame.dataAsOf).toBe("Data as of 10 Oct 2025 (latest source publication)");
    expect(frame.permalink).toBe("Permalink: https://monitor.example/?from=2022");
    expect(frame.statusLegend?.items.map((i) => i.status)).toEqual(["actual", "preliminary"]);
    expect(frameText(frame)).toContain("Kazinform");
  });
});
