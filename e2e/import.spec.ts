import { expect, test } from "@playwright/test";
import { signIn } from "./fixtures/admin";
import { openTestDatabase } from "./fixtures/db";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const HEADER = "Indicator,Reported by,Period start,Period end,Value,Status,Confidence,Source URL,Source title,Source publisher,Source date";

/** Twelve monthly figures of 2025 from one new source, with decimal commas; `values` may hold a bad one. */
function release(values: string[]): Buffer {
  const rows = values.map((v, i) => {
    const m = String(i + 1).padStart(2, "0");
    const last = new Date(Date.UTC(2025, i + 1, 0)).getUTCDate();
    return `Bilateral trade turnover,Kazakh side,2025-${m}-01,2025-${m}-${last},"${v}",preliminary,high,https://stat.gov.kz/en/e2e-release-2025,"Foreign trade, 2025",Bureau of National Statistics,2026-02-15`;
  });
  return Buffer.from(`\uFEFF${HEADER}\r\n${rows.join("\r\n")}\r\n`);
}
const VALUES = ["40,1", "41,2", "42,3", "43,4", "44,5", "45,6", "46,7", "47,8", "48,9", "50", "51,5", "61,5"];

function db<T>(query: string): T {
  const d = openTestDatabase();
  try {
    return d.prepare(query).get() as T;
  } finally {
    d.close();
  }
}
const imported = () => db<{ n: number }>("select count(*) as n from observations where key like 'trade-turnover-kz-2025-%'").n;
const audits = () => db<{ n: number }>("select count(*) as n from audit_log").n;

test.describe("release-day import", () => {
  test("the templates download for editors only", async ({ page, browser }) => {
    const anon = await browser.newContext();
    expect((await anon.request.get("/en/admin/import/template?format=csv")).status()).toBe(401);
    await anon.close();
    await signIn(page);
    const csv = await page.request.get("/en/admin/import/template?format=csv");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(await csv.text()).toContain("Indicator,Reported by,Period start,Period end");
    const xlsx = await page.request.get("/en/admin/import/template?format=xlsx&indicator=trade-turnover");
    expect(xlsx.headers()["content-disposition"]).toContain("release-trade-turnover.xlsx");
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");
  });

  test("a release with an invalid row is refused with the row and reason; fixed, it is applied at once, publicly and as one audited import", async ({ page, browser }) => {
    const auditsBefore = audits();
    await signIn(page);
    await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Import a release" }).click();
    await expect(page.getByRole("heading", { name: "Import a release" })).toBeVisible();

    const bad = [...VALUES];
    bad[5] = "-45,6";
    await page.getByLabel(/Release file/).setInputFiles({ name: "kz-2025.csv", mimeType: "text/csv", buffer: release(bad) });
    await page.getByRole("button", { name: "Preview" }).click();
    const preview = page.getByTestId("import-preview");
    await expect(preview.locator('[data-import-count="invalid"]')).toContainText("1 invalid rows");
    await expect(preview.locator('[data-import-count="new"]')).toContainText("11 new figures");
    // Row 7 of the file: the header is row 1, June is the sixth figure.
    const row = preview.locator('[data-import-row="7"]');
    await expect(row).toHaveAttribute("data-import-status", "invalid");
    await expect(row).toContainText("Value: A figure in USD million cannot be negative");
    await expect(preview.getByRole("button", { name: /^Apply/ })).toHaveCount(0);
    await expect(preview).toContainText("Nothing can be applied");
    expect(imported()).toBe(0);
    expect(audits()).toBe(auditsBefore);

    await page.getByLabel(/Release file/).setInputFiles({ name: "kz-2025.csv", mimeType: "text/csv", buffer: release(VALUES) });
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(preview.locator('[data-import-count="new"]')).toContainText("12 new figures");
    await expect(preview.locator('[data-import-count="invalid"]')).toContainText("0 invalid rows");
    await expect(preview).toContainText("1 new source will be added.");
    await expect(preview.locator('[data-import-row="13"]')).toContainText("61.5");
    await preview.getByRole("button", { name: "Apply 12 changes in one transaction" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Imported in one transaction: 12 new figures, 0 changed, 1 new source." })).toBeVisible();
    expect(imported()).toBe(12);
    // One transaction, one audit entry: the 12 figures and the source are listed in it.
    expect(audits()).toBe(auditsBefore + 1);

    const anon = await browser.newContext();
    const pub = await anon.newPage();
    await pub.goto("/indicators/trade-turnover");
    await expect(pub.locator('[data-figure-row="trade-turnover-kz-2025-12-31"]')).toContainText("61.5");
    await expect(pub.getByTestId("change-history")).toContainText("Dec 2025: added");
    await expect(pub.locator("body")).not.toContainText("admin@e2e.test");
    await anon.close();

    await page.goto("/en/admin/audit");
    const entry = page.locator("[data-audit-id]").first();
    await expect(entry).toContainText("imported release file");
    await expect(entry).toContainText("kz-2025.csv");
    const rows = entry.getByTestId("import-audit-rows").locator("li");
    await expect(rows).toHaveCount(12);
    for (const [i, m] of MONTHS.entries()) await expect(rows.nth(i)).toContainText(`Row ${i + 2}: created Bilateral trade turnover · ${m} 2025 · Kazakh side`);
    await expect(entry).toContainText("created source: Bureau of National Statistics — Foreign trade, 2025");
  });

  test("the import page with a preview fits a 390 px screen, reasons included", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page);
    await page.goto("/en/admin/import");
    const bad = [...VALUES];
    bad[0] = "1,234";
    await page.getByLabel(/Release file/).setInputFiles({ name: "narrow.csv", mimeType: "text/csv", buffer: release(bad) });
    await page.getByRole("button", { name: "Preview" }).click();
    const reason = page.getByTestId("import-preview").getByText('"1,234" is ambiguous').filter({ visible: true });
    await expect(reason).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const box = (await reason.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(390);
  });
});
