import { describe, expect, it } from "vitest";
import { decodeDocumentsView, decodeOverviewView, decodeRangeView, viewPathFor } from "./views";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { viewRewrites } = require("./view-rewrites.js") as { viewRewrites: () => { source: string; has?: { key: string; value: string }[]; destination: string }[] };

/** Next's matching of these rules: first rule whose path and every `has` (anchored regex) match; named groups fill the destination. */
function rewrite(pathname: string, search: string): string | null {
  const query = new URLSearchParams(search);
  for (const rule of viewRewrites()) {
    const pathParams: Record<string, string> = {};
    const src = new RegExp(`^${rule.source.replace(/:(\w+)/g, (_, n) => `(?<${n}>[^/]+)`)}$`).exec(pathname);
    if (!src) continue;
    Object.assign(pathParams, src.groups);
    let ok = true;
    for (const h of rule.has ?? []) {
      const v = query.getAll(h.key).at(-1);
      const m = v === undefined ? null : new RegExp(`^${h.value}$`).exec(v);
      if (!m) {
        ok = false;
        break;
      }
      Object.assign(pathParams, m.groups);
    }
    if (ok) return rule.destination.replace(/:(\w+)/g, (_, n) => pathParams[n] ?? `:${n}`);
  }
  return null;
}

const decodeFor = (path: string) => {
  const [, , kind, a, b] = path.split("/");
  if (kind === "overview") return decodeOverviewView(a!);
  if (kind === "documents") return decodeDocumentsView(a!);
  if (kind === "source-check") return { view: a };
  return { slug: a, ...decodeRangeView(b!) };
};

describe("view rewrites in next.config.js", () => {
  const cases: [string, string][] = [
    ["/", ""],
    ["/", "sector=energy"],
    ["/", "sector=energy&from=2022&to=2025"],
    ["/", "to=2024"],
    ["/", "sector=<script>&from=2022"],
    ["/", "sector=energy&from=abc&to=2024"],
    ["/", "from=2025&to=2020"],
    ["/", "from=1800&to=99999&utm_source=x"],
    ["/sectors/trade", "from=2022"],
    ["/sectors/trade", "from=x"],
    ["/indicators/trade-turnover", "to=2023"],
    ["/documents", "sector=digital&package=astana-2025-10-21&from=2025"],
    ["/documents", "package=../../etc&to=2024"],
    ["/source-check", ""],
  ];
  it.each(cases)("%s?%s reaches a view that shows what the page parser would show", (pathname, search) => {
    const dest = rewrite(pathname, search);
    expect(dest).not.toBeNull();
    expect(dest).not.toContain(":");
    expect(decodeFor(dest!)).toEqual(decodeFor(viewPathFor(pathname, new URLSearchParams(search))!));
    expect(decodeFor(dest!)).not.toBeNull();
  });

  it("leaves other paths alone", () => {
    expect(rewrite("/documents/some-doc", "")).toBeNull();
    expect(rewrite("/admin", "sector=energy")).toBeNull();
  });
});
