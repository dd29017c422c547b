/**
 * Takes full-page screenshots of the running app at phone and desktop widths, for review
 * and for the README. Usage: BASE_URL=http://127.0.0.1:3000 npx tsx scripts/screenshots.ts [/path ...]
 */
import { existsSync, mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

const base = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const out = process.env.OUT_DIR ?? "screenshots";
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ["/"];
const widths = [390, 1440];

async function main() {
  mkdirSync(out, { recursive: true });
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  const browser = await chromium.launch({ executablePath, args: ["--disable-gpu", "--disable-background-networking", "--no-first-run"] });
  try {
    for (const p of paths) {
      for (const width of widths) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, deviceScaleFactor: 1 });
        await page.goto(base + p, { waitUntil: "networkidle" });
        // A reader scrolling sees every panel drawn; a full-page capture does not scroll, so draw them all.
        await page.addStyleTag({ content: ".lazy-render { content-visibility: visible !important; }" });
        const name = `${out}/${p.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "") || "home"}-${width}.png`;
        await page.screenshot({ path: name, fullPage: true });
        console.log(name);
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
