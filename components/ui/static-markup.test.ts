import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChartSvg } from "@/components/charts/chart-svg";
import { FigureTableBody } from "@/components/panels/figure-table";
import type { AppDatabase } from "@/db/connection";
import { listIndicators } from "@/db/queries/indicators";
import { getOverview } from "@/db/queries/overview";
import { indicatorChart, markedDocuments, panelChart } from "@/lib/charts/spec";
import { databaseForFile } from "@/lib/test-support/temp-db";
import { CopyLink } from "@/components/share/copy-link";
import { EmbedCode } from "@/components/share/embed-code";
import { staticMarkup } from "./static-markup";

// staticMarkup closes empty SVG elements itself (`<rect/>`), react-dom writes `<rect></rect>`: the same DOM.
const SVG_TAGS = "rect|line|path|circle|polygon|polyline|ellipse|stop|use|tspan|text|g|pattern";
const selfClosed = (html: string) => html.replace(new RegExp(`<(${SVG_TAGS})((?:\\s[^<>]*)?)></\\1>`, "g"), "<$1$2/>");

let db: AppDatabase;
databaseForFile({ seed: true }, (d) => (db = d));

const FILTERS = { from: undefined, to: undefined };

describe("staticMarkup", () => {
  it("writes every seeded chart, both drawings, exactly as react-dom/server does", () => {
    const specs = [
      ...listIndicators(FILTERS, db).map((ind) => indicatorChart({ indicator: ind, figures: ind.figures, gaps: ind.gaps, filters: FILTERS })),
      ...getOverview(undefined, db).panels.map((p) =>
        panelChart({ sector: p.sector, figures: p.figures, gaps: p.gaps, seriesBy: p.spec.seriesBy, filters: FILTERS, documents: markedDocuments(p.documents) }),
      ),
    ];
    expect(specs.length).toBeGreaterThan(20);
    for (const spec of specs) {
      for (const variant of ["narrow", "wide"] as const) {
        const element = createElement(ChartSvg, { model: spec.model, variant });
        expect(staticMarkup(element), `${spec.model.id} ${variant}`).toBe(selfClosed(renderToStaticMarkup(element)));
      }
    }
  });

  it("writes every seeded figure table exactly as react-dom/server does", () => {
    const indicators = listIndicators(FILTERS, db);
    expect(indicators.length).toBeGreaterThan(20);
    for (const ind of indicators) {
      for (const showIndicator of [false, true]) {
        const element = createElement(FigureTableBody, { caption: ind.name, figures: ind.figures, gaps: ind.gaps, showIndicator });
        expect(staticMarkup(element), ind.slug).toBe(renderToStaticMarkup(element));
      }
    }
  });

  it("writes the share controls (an uncontrolled input and textarea) exactly as react-dom/server does", () => {
    for (const element of [createElement(CopyLink, { href: "/en?x=1", label: "Copy" }), createElement(EmbedCode, { path: "/embed/charts/trade", title: 'Trade "AZ" <KZ>' })]) {
      const html = staticMarkup(element);
      expect(html).toBe(selfClosed(renderToStaticMarkup(element)));
      expect(html).toMatch(/<svg|<textarea/);
    }
    expect(staticMarkup(createElement(EmbedCode, { path: "/embed/charts/trade", title: "T" }))).toMatch(/<textarea[^>]*readOnly=""[^>]*>&lt;iframe/);
  });

  it("escapes text and attributes, spells HTML and SVG attributes as React does and skips empty props", () => {
    const el = createElement(
      "div",
      { className: "a", hidden: true, "aria-hidden": true, "data-on": false, title: undefined, tabIndex: 0 },
      createElement("td", { colSpan: 2 }, "x", createElement("br")),
      createElement("svg", { viewBox: "0 0 1 1", className: "c", strokeWidth: 2, "data-x": `a"b'<&>` }, createElement("text", { textAnchor: "end", fontSize: 10.5 }, "1 < 2 & ", 3, null)),
    );
    const html = staticMarkup(el);
    expect(html).toBe(selfClosed(renderToStaticMarkup(el)));
    expect(html).toContain('viewBox="0 0 1 1"');
    expect(html).toContain('colSpan="2"');
    expect(html).toContain('data-x="a&quot;b&#x27;&lt;&amp;&gt;"');
  });

  it("refuses what it cannot write rather than writing it wrong", () => {
    expect(() => staticMarkup(createElement("rect", { style: { fill: "red" } }))).toThrow(/style/);
  });
});
