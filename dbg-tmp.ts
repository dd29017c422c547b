import { chromium } from "@playwright/test";
import { getDictionary } from "./lib/i18n";
import { LOCALES } from "./lib/i18n/locales";
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === "string") out.push(v);
  else if (typeof v === "function") {
    for (const a of [
      [1, 2, 3],
      ["X", "Y", "Z"],
    ]) {
      try {
        strings((v as any)(...a), out);
      } catch {}
    }
  } else if (v && typeof v === "object") for (const x of Object.values(v)) strings(x, out);
  return out;
}
const words = (t: string[]) => new Set(t.flatMap((s) => s.toLowerCase().match(/[a-z]{4,}/g) ?? []));
const en = words(strings(getDictionary("en")));
const other = words(LOCALES.filter((l) => l !== "en").flatMap((l) => strings(getDictionary(l))));
const EW = new Set([...en].filter((w) => !other.has(w)));
(async () => {
  const b = await chromium.launch({ executablePath: "/usr/bin/chromium" });
  const p = await b.newPage();
  for (const path of process.argv.slice(2)) {
    await p.goto("http://127.0.0.1:3500" + path);
    const segs: string[] = await p.evaluate(`(() => {
      const skip = (el) => !!el?.closest('[lang="en"]:not(html), .src-link, [data-role="footnote"], .chart-sources, code, pre, textarea, script, style, [hidden], [aria-hidden="true"] svg');
      const out = []; const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) if (!skip(n.parentElement)) out.push((n.parentElement?.tagName ?? "") + "." + String(n.parentElement?.className ?? "").slice(0, 25) + ": " + (n.textContent ?? "").trim());
      for (const el of document.querySelectorAll("[aria-label], [title], [alt], [placeholder]")) if (!skip(el)) for (const a of ["aria-label", "title", "alt", "placeholder"]) if (el.getAttribute(a)) out.push("@" + a + ": " + el.getAttribute(a));
      return out;
    })()`);
    const bad = new Set<string>();
    for (const s of segs) for (const m of s.slice(s.indexOf(": ") + 2).matchAll(/[A-Za-z]{4,}/g)) if (EW.has(m[0].toLowerCase())) bad.add(s.slice(0, 160));
    console.log("=== " + path);
    for (const s of bad) console.log("  " + s);
  }
  await b.close();
})();
