import { describe, expect, it } from "vitest";
import { buildFrameSvg, escapeXml, type Frame } from "./frame-svg";
import { wrapText } from "../charts/text";

const chartSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 300" width="640" height="300"><g data-role="plot"><text data-role="tick">700</text><text data-role="value">~680</text><rect style="fill: #1d4ed8;"/></g></svg>';

const base: Frame = {
  title: 'Trade <AZ & KZ> "turnover"',
  subtitle: "Unit: USD million · Currency: USD",
  chart: { svg: chartSvg, width: 640, height: 300 },
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

  it("wraps the page's chart SVG unchanged, scaled to the frame, between the title and the sources", () => {
    const { svg } = buildFrameSvg(base);
    const chart = /<g data-role="chart" transform="translate\(32 [\d.]+\) scale\(([\d.]+)\)">([\s\S]*?)<\/g><line/.exec(svg);
    expect(chart?.[2]).toBe(chartSvg);
    expect(Number(chart?.[1])).toBeCloseTo(836 / 640, 3);
    expect(svg.indexOf('data-role="title"')).toBeLessThan(svg.indexOf('data-role="chart"'));
    expect(svg.indexOf('data-role="chart"')).toBeLessThan(svg.indexOf('data-role="sources"'));
  });

  it("contains the title, filters, every source, the data date, permalink and product", () => {
    const { svg } = buildFrameSvg(base);
    expect(svg).toContain("Trade &lt;AZ &amp; KZ&gt; &quot;turnover&quot;");
    for (const s of base.sources) expect(svg).toContain(escapeXml(s));
    expect(svg).toContain("Data as of 10 Oct 2025");
    expect(svg).toContain(escapeXml(base.permalink));
    expect(svg).toContain("Filters: sector Trade");
    expect(svg).toContain(base.product);
  });

  it('escapes <, & and " wherever data goes: text and the title element', () => {
    const { svg } = buildFrameSvg({ ...base, title: '<script>alert("x")</script> & more', sources: ["Source: A & B <c>, 2025"] });
    parse(svg);
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more</title>");
  });

  it("lists the marked documents under the chart", () => {
    const { svg } = buildFrameSvg({ ...base, documents: { heading: "Signed documents:", lines: ["21 Oct 2025 · Agreement on transit"] } });
    expect(svg).toMatch(/data-role="documents"><polygon[^>]*\/>.*Signed documents:.*21 Oct 2025 · Agreement on transit/);
  });

  it("doubles the pixel size, not the drawing, at scale 2", () => {
    const one = buildFrameSvg(base);
    const two = buildFrameSvg(base, { scale: 2 });
    expect(two.svg).toContain(`width="1800" height="${one.height * 2}" viewBox="0 0 900 ${one.height}"`);
  });

  it("embeds the given font rules", () => {
    const { svg } = buildFrameSvg({ ...base, fontCss: "@font-face{font-family:'Inter Variable';src:url(data:font/woff2;base64,AAAA)}" });
    expect(svg).toContain("<style><![CDATA[@font-face{font-family:'Inter Variable';src:url(data:font/woff2;base64,AAAA)}text{font-family:");
  });
});

describe("wrapText", () => {
  it("wraps at spaces within the width and breaks long URLs", () => {
    const lines = wrapText("Permalink: https://monitor.example/indicators/trade-turnover?from=2022&to=2025&sector=trade", 200, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("").replace(/\s/g, "")).toBe("Permalink:https://monitor.example/indicators/trade-turnover?from=2022&to=2025&sector=trade");
  });
});
