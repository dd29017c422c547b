import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";

/**
 * Another site: a page on another origin (another port of 127.0.0.1, chosen by the system from the
 * range kept for it) that frames one embed and the overview.
 */
let other: Server;
let otherUrl = "";

test.beforeAll(async ({ baseURL }) => {
  other = createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><title>An article</title><h1>An article on another site</h1>
<iframe id="embed" src="${baseURL}/embed/panels/trade?from=2022" width="640" height="520" onload="this.dataset.loaded=''"></iframe>
<iframe id="home" src="${baseURL}/" width="640" height="300" onload="this.dataset.loaded=''"></iframe>`);
  });
  const port = Number(process.env.E2E_OTHER_PORT ?? 3700 + (Number(new URL(baseURL ?? "http://x:3600").port) % 100));
  await new Promise<void>((resolve) => other.listen(port, "127.0.0.1", resolve));
  otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}/`;
});

test.afterAll(async () => {
  await new Promise((resolve) => other.close(resolve));
});

test.describe("embed", () => {
  test("an embed loads in an iframe on another origin; the overview refuses to be framed", async ({ page, baseURL }) => {
    await page.goto(otherUrl);
    await expect(page.locator("#embed")).toHaveAttribute("data-loaded", "");
    await expect(page.locator("#home")).toHaveAttribute("data-loaded", "");
    const embed = page.frameLocator("#embed");
    await expect(embed.getByRole("heading", { level: 1 })).toHaveText("Bilateral trade turnover");
    await expect(embed.locator("[data-chart] [data-mark]").filter({ visible: true }).first()).toBeVisible();
    await expect(embed.getByText(/^Source: /).first()).toBeVisible();
    await expect(embed.getByText(/^Data as of /)).toBeVisible();
    await expect(embed.getByRole("link", { name: /Open the full view/ })).toHaveAttribute("href", "/en?sector=trade&from=2022");
    // Light, and nothing of the site around it.
    await expect(embed.getByRole("navigation")).toHaveCount(0);
    await expect(embed.getByRole("button")).toHaveCount(0);
    // The overview's frame holds the browser's refusal, not the site.
    const home = page.frames().find((f) => f !== page.mainFrame() && !f.url().includes("/embed/"));
    expect(home).toBeDefined();
    expect(home!.url()).not.toBe(`${baseURL}/`);
    await expect(page.frameLocator("#home").getByRole("heading", { name: "Azerbaijan–Kazakhstan economic cooperation" })).toHaveCount(0);
  });

  test("headers: /embed/ may be framed by any site, every other page by none", async ({ request }) => {
    const embed = await request.get("/embed/indicators/trade-turnover");
    expect(embed.status()).toBe(200);
    expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(embed.headers()["x-frame-options"]).toBeUndefined();
    for (const path of ["/", "/sectors/trade", "/en/login", "/api/health"]) {
      const res = await request.get(path);
      expect(res.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
      expect(res.headers()["x-frame-options"], path).toBe("DENY");
    }
  });

  test("embeds are light even when the reader's system is dark, unless the URL asks for dark", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/embed/panels/trade");
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--chart-background").trim());
    expect(await background()).toBe("#ffffff");
    await page.goto("/embed/panels/trade?theme=dark");
    expect(await background()).toBe("#0f172a");
  });

  test("the Embed box gives the <iframe> code with the width and height typed", async ({ page, baseURL }) => {
    // Sector and indicator pages give each chart an Embed box (the overview keeps to its export menus).
    await page.goto("/sectors/trade");
    const panel = page.getByRole("region", { name: "Bilateral trade turnover (USD million)" });
    await panel.getByText("Embed", { exact: true }).click();
    const code = panel.getByRole("textbox", { name: "Embed code" });
    await expect(code).toHaveValue(
      `<iframe src="${baseURL}/embed/indicators/trade-turnover" width="640" height="520" title="Bilateral trade turnover" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    );
    await panel.getByRole("spinbutton", { name: "Width" }).fill("480");
    await panel.getByRole("spinbutton", { name: "Height" }).fill("600");
    await expect(code).toHaveValue(/ width="480" height="600" /);
  });

  test("oEmbed: a chart's page or embed URL gives a rich answer with the iframe", async ({ request, baseURL }) => {
    const res = await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/indicators/trade-turnover?from=2022&utm_source=x`)}&maxwidth=500`);
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ version: "1.0", type: "rich", title: "Bilateral trade turnover", width: 500, height: 520 });
    expect(body.html).toBe(
      `<iframe src="${baseURL}/embed/indicators/trade-turnover?from=2022" width="500" height="520" title="Bilateral trade turnover" style="border:0;max-width:100%" loading="lazy"></iframe>`,
    );
    const panel = await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/?sector=energy`)}`);
    expect((await panel.json()).html).toContain("/embed/panels/energy");
    expect((await request.get(`/api/oembed?url=${encodeURIComponent("https://elsewhere.example/indicators/trade-turnover")}`)).status()).toBe(404);
    expect((await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/indicators/no-such-thing`)}`)).status()).toBe(404);
    expect((await request.get(`/api/oembed?url=${encodeURIComponent(`${baseURL}/`)}&format=xml`)).status()).toBe(501);
  });
});
