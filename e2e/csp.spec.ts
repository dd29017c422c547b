import { expect, test, type Page } from "@playwright/test";

const EMAIL = process.env.E2E_ADMIN_EMAIL!;
const PASSWORD = process.env.E2E_ADMIN_PASSWORD!;

/** Collects every Content-Security-Policy violation the page reports, as events and as console errors. */
async function watchCsp(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|create|frame)/i.test(m.text())) seen.push(m.text());
  });
  await page.exposeFunction("__reportCsp", (v: string) => seen.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { __reportCsp(v: string): void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return seen;
}

test.describe("the Content-Security-Policy lets every page work", () => {
  test("public pages hydrate and the chart export (fonts, data: and blob: URLs) runs with no violation", async ({ page }) => {
    const violations = await watchCsp(page);
    for (const path of ["/", "/sectors/energy", "/indicators/trade-turnover", "/documents", "/documents/joint-statement-20th-anniversary-2025", "/source-check"]) {
      await page.goto(path);
      await expect(page.locator("main")).toBeVisible();
    }
    await page.goto("/");
    const trade = page.getByRole("region", { name: "Trade", exact: true });
    await expect(trade.locator("[data-export-ready]")).toHaveCount(1);
    for (const item of ["Download PNG", "Download SVG", "Download CSV"]) {
      await trade.getByRole("button", { name: /^Export / }).click();
      const pending = page.waitForEvent("download");
      await page.getByRole("menuitem", { name: item }).click();
      const d = await pending;
      expect(await d.failure()).toBeNull();
    }
    expect(violations).toEqual([]);
  });

  test("sign-in and the admin area hydrate with no violation", async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto("/en/login");
    await page.getByLabel("Email").fill(EMAIL);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/admin\/indicators$/);
    // Hydrated: the table's client-side search filters the rows.
    await page.getByLabel("Search").fill("TA-2025");
    await expect(page.locator("[data-admin-row]").first()).toBeVisible();
    for (const path of ["/en/admin/documents", "/en/admin/audit", "/en/admin/users"]) {
      await page.goto(path);
      await expect(page.locator("main h1")).toBeVisible();
    }
    expect(violations).toEqual([]);
  });
});
