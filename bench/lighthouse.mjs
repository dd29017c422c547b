// Lighthouse 12.2.3, mobile and desktop presets, median of 3 runs per page, on the production
// server. Usage: npm run build && npm run bench:lighthouse [-- --runs 3]
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { requireBuild, resetBenchDatabase, startServer, stopServer } from "./server.mjs";

const { values } = parseArgs({ options: { runs: { type: "string", default: "3" }, port: { type: "string", default: "3400" } } });
const RUNS = Number(values.runs);
const PORT = Number(values.port);
const BASE = `http://127.0.0.1:${PORT}`;
// Each under a locale (a path without one is a redirect); the overview in English and Azerbaijani, the others in the other languages.
const PAGES = ["/en", "/az", "/kk/sectors/energy", "/ru/indicators/trade-turnover", "/en/documents/joint-statement-20th-anniversary-2025"];

requireBuild();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  await resetBenchDatabase("ignore");
  // Absolute canonical and hreflang links, as a deployment with SITE_URL has them (the SEO audit wants them absolute).
  const server = await startServer(PORT, "ignore", { SITE_URL: `http://127.0.0.1:${PORT}` });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  try {
    for (const page of PAGES) await fetch(BASE + page);
    console.log(`Lighthouse 12.2.3, median of ${RUNS} runs, production server`);
    console.log("page".padEnd(34), "preset".padEnd(8), "perf".padStart(5), "a11y".padStart(5), "bp".padStart(5), "seo".padStart(5), "LCP ms".padStart(8), "TBT ms".padStart(8), "CLS".padStart(6));
    for (const page of PAGES) {
      for (const preset of ["mobile", "desktop"]) {
        const runs = [];
        for (let i = 0; i < RUNS; i++) {
          const result = await lighthouse(BASE + page, { port: chrome.port, output: "json", logLevel: "error" }, preset === "desktop" ? desktopConfig : undefined);
          const lhr = result.lhr;
          runs.push({
            perf: lhr.categories.performance.score * 100,
            a11y: lhr.categories.accessibility.score * 100,
            bp: lhr.categories["best-practices"].score * 100,
            seo: lhr.categories.seo.score * 100,
            lcp: lhr.audits["largest-contentful-paint"].numericValue,
            tbt: lhr.audits["total-blocking-time"].numericValue,
            cls: lhr.audits["cumulative-layout-shift"].numericValue,
          });
        }
        const m = (k) => median(runs.map((r) => r[k]));
        console.log(
          page.slice(0, 34).padEnd(34),
          preset.padEnd(8),
          m("perf").toFixed(0).padStart(5),
          m("a11y").toFixed(0).padStart(5),
          m("bp").toFixed(0).padStart(5),
          m("seo").toFixed(0).padStart(5),
          m("lcp").toFixed(0).padStart(8),
          m("tbt").toFixed(0).padStart(8),
          m("cls").toFixed(3).padStart(6),
        );
      }
    }
  } finally {
    await chrome.kill();
    await stopServer(server);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
