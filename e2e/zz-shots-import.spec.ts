import { test } from "@playwright/test";
import { signIn } from "./fixtures/admin";

const CSV = [
  "Indicator,Reported by,Period start,Period end,Value,Status,Confidence,Source URL,Source title,Source publisher,Source date,Expected version",
  "Bilateral trade turnover,Kazakh side,2027-01-01,2027-01-31,\"40,1\",preliminary,high,https://stat.gov.kz/x,Foreign trade 2027,Bureau of National Statistics,2028-01-20,",
  "Bilateral trade turnover,Kazakh side,2027-02-01,2027-02-28,\"0,9902\",preliminary,high,https://stat.gov.kz/x,Foreign trade 2027,Bureau of National Statistics,2028-01-20,",
  "trade-turnover,Azerbaijani side,2025-01-01,2025-10-31,\"600,35\",preliminary,medium,https://stat.gov.kz/x,Foreign trade 2027,Bureau of National Statistics,2028-01-20,",
  "trade-turnover,Azerbaijani side,2025-01-01,2025-08-31,550,preliminary,medium,https://stat.gov.kz/x,Foreign trade 2027,Bureau of National Statistics,2028-01-20,99",
  "trade-turnover,Turkmen side,2027-02-01,2027-02-30,\"-3\",final,high,,,,,",
  "kz-az-rail-freight,Kazakh side,2027-01-01,2027-01-31,\"1,234\",actual,high,https://stat.gov.kz/x,Foreign trade 2027,Bureau of National Statistics,2028-01-20,",
].join("\r\n");

for (const width of [390, 1440]) {
  test(`import preview at ${width}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signIn(page);
    await page.goto("/admin/import");
    await page.getByLabel(/Release file/).setInputFiles({ name: "release-2027.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) });
    await page.getByRole("button", { name: "Preview" }).click();
    await page.getByTestId("import-preview").waitFor();
    await page.screenshot({ path: `/tmp/import-${width}.png`, fullPage: true });
  });
}
