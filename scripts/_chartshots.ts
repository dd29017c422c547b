import { chromium } from "@playwright/test";
const base = process.env.BASE_URL ?? "http://127.0.0.1:3500";
const out = process.env.OUT_DIR ?? "/tmp/charts";
(async () => {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--disable-gpu", "--disable-background-networking", "--no-first-run"] });
  for (const p of process.argv.slice(2))
    for (const width of [390, 1440]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(base + p, { waitUntil: "networkidle" });
      const figs = page.locator("[data-chart-figure]");
      const n = await figs.count();
      for (let i = 0; i < n; i++) {
        const id = await figs.nth(i).getAttribute("data-chart-figure");
        await figs.nth(i).screenshot({ path: `${out}/${id}-${width}.png` });
        console.log(`${out}/${id}-${width}.png`);
      }
      await page.close();
    }
  await browser.close();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
