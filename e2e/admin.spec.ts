import { expect, test, type Browser, type Page } from "@playwright/test";
import { openTestDatabase } from "./fixtures/db";

const EMAIL = process.env.E2E_ADMIN_EMAIL!;
const PASSWORD = process.env.E2E_ADMIN_PASSWORD!;

async function signIn(page: Page) {
  await page.goto("/en/login");
  await page.getByLabel("Email").fill(EMAIL);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/indicators$/);
}

async function openEditor(page: Page, key: string) {
  await page.getByLabel("Search").fill(key);
  const row = page.locator(`[data-admin-row="${key}"]`);
  await row.getByRole("button", { name: /^Edit / }).click();
  return page.getByRole("form", { name: /^Edit / });
}

function dbValue(key: string): { value: number; version: number } {
  const db = openTestDatabase();
  try {
    return db.prepare("select value, version from observations where key = ?").get(key) as { value: number; version: number };
  } finally {
    db.close();
  }
}

function setDbValue(key: string, value: number) {
  const db = openTestDatabase();
  try {
    db.prepare("update observations set value = ?, version = version + 1 where key = ?").run(value, key);
  } finally {
    db.close();
  }
}

async function anonymousPage(browser: Browser) {
  const context = await browser.newContext();
  return { page: await context.newPage(), close: () => context.close() };
}

test.describe("admin", () => {
  test("signed out, /admin redirects to /login; a wrong password is refused with a message", async ({ page }) => {
    await page.goto("/en/admin");
    await expect(page).toHaveURL(/\/login$/);
    await page.goto("/en/admin/audit");
    await expect(page).toHaveURL(/\/login$/);
    await page.getByLabel("Email").fill(EMAIL);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText("The email or password is incorrect.");
    await expect(page).toHaveURL(/\/login$/);
  });

  test("an edit shows on the public pages at once, in the audit trail and in the change history", async ({ page, browser }) => {
    const original = dbValue("TA-2025-8m");
    try {
      await signIn(page);
      const form = await openEditor(page, "TA-2025-8m");
      await form.getByLabel("Value").fill("555.5");
      await form.getByLabel("Reason for the change (optional)").fill("SCC revision");
      await form.getByRole("button", { name: "Save" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
      await expect(page.locator('[data-admin-value="TA-2025-8m"]')).toContainText("555.5");
      expect(dbValue("TA-2025-8m").value).toBe(555.5);

      const anon = await anonymousPage(browser);
      await anon.page.goto("/indicators/trade-turnover");
      await expect(anon.page.locator('[data-figure-row="TA-2025-8m"]')).toContainText("555.5");
      await expect(anon.page.getByTestId("change-history")).toContainText("value revised from 547.6 mUSD to 555.5 mUSD");
      await anon.close();

      await page.goto("/en/admin/audit");
      const entry = page.locator('[data-audit-key="TA-2025-8m"]').first();
      await expect(entry).toContainText("updated");
      await expect(entry).toContainText("547.6");
      await expect(entry).toContainText("555.5");
      await expect(entry).toContainText("SCC revision");
    } finally {
      setDbValue("TA-2025-8m", original.value);
    }
  });

  test("two editors on one row: the second save gets a conflict and the first value stays", async ({ browser }) => {
    const original = dbValue("TA-2024");
    const a = await browser.newContext();
    const b = await browser.newContext();
    try {
      const pa = await a.newPage();
      const pb = await b.newPage();
      await signIn(pa);
      await signIn(pb);
      const fa = await openEditor(pa, "TA-2024");
      const fb = await openEditor(pb, "TA-2024");
      // Four decimals: the editor and the conflict dialog show a value as stored, not rounded for reading.
      await fa.getByLabel("Value").fill("471.2345");
      await fa.getByRole("button", { name: "Save" }).click();
      await expect(pa.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

      await fb.getByLabel("Value").fill("472");
      await fb.getByRole("button", { name: "Save" }).click();
      const conflict = pb.locator('[data-conflict="true"]');
      await expect(conflict).toContainText("changed while you were editing");
      await expect(conflict).toContainText("Current value: 471.2345 ");
      await expect(pb.locator('[data-admin-value="TA-2024"]')).toContainText("471.2345");
      expect(dbValue("TA-2024").value).toBe(471.2345);

      // The second editor may still re-apply deliberately, on top of the current version.
      await conflict.getByRole("button", { name: "Apply my changes to the current version" }).click();
      await expect(pb.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
      expect(dbValue("TA-2024").value).toBe(472);
    } finally {
      await a.close();
      await b.close();
      setDbValue("TA-2024", original.value);
    }
  });

  test("invalid input is refused with a field message and changes nothing", async ({ page }) => {
    const before = dbValue("TA-2023");
    await signIn(page);
    const form = await openEditor(page, "TA-2023");
    // A period is picked as a date, not typed in a format to remember.
    for (const label of ["Period start", "Period end"]) await expect(form.getByLabel(label, { exact: true })).toHaveAttribute("type", "date");
    const cases: [string, string, RegExp][] = [
      ["Value", "", /Enter a number/],
      ["Value", "five hundred", /Enter a number/],
      ["Value", "1e309", /too large/],
    ];
    for (const [label, value, message] of cases) {
      await form.getByLabel(label, { exact: true }).fill(value);
      await form.getByRole("button", { name: "Save" }).click();
      await expect(form.locator('[data-field-error="value"]')).toHaveText(message);
      await expect(form.getByLabel(label, { exact: true })).toHaveAttribute("aria-invalid", "true");
    }
    await form.getByLabel("Value", { exact: true }).fill("314");
    await form.getByLabel("Note").fill("x".repeat(10_000));
    await form.getByRole("button", { name: "Save" }).click();
    await expect(form.locator('[data-field-error="note"]')).toContainText("at most 2000 characters");
    expect(dbValue("TA-2023")).toEqual(before);

    await page.getByText("Add a source").click();
    const source = page.getByRole("form", { name: "Add a source" });
    await source.getByLabel("Publisher").fill("Evil");
    await source.getByLabel("Title").fill("Click me");
    await source.getByLabel("URL").fill("javascript:alert(document.cookie)");
    await source.getByRole("button", { name: "Add" }).click();
    await expect(source.locator('[data-field-error="url"]')).toContainText("http");
    const db = openTestDatabase();
    try {
      expect(db.prepare("select count(*) as n from sources where url like 'javascript:%'").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  test("the admin pages fit a 390 px screen", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page);
    await openEditor(page, "TA-2019");
    for (const path of [null, "/en/admin/audit", "/en/admin/documents"]) {
      if (path) await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), path ?? "indicators").toBeLessThanOrEqual(0);
    }
  });

  test("after sign-out the old session cookie is refused", async ({ page, browser }) => {
    await signIn(page);
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name.includes("azkz_session"));
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe("Lax");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/login$/);

    const replay = await browser.newContext();
    try {
      await replay.addCookies([session!]);
      const p = await replay.newPage();
      await p.goto("/en/admin/indicators");
      await expect(p).toHaveURL(/\/login$/);
    } finally {
      await replay.close();
    }
  });
});

test.describe("admin documents", () => {
  test("an editor fills in an unidentified document of the package; an admin reverts it", async ({ page, browser }) => {
    const db = openTestDatabase();
    const original = db.prepare("select title, kind, parties, identification from documents where slug = 'astana-2025-unidentified-11'").get();
    db.close();
    try {
      await signIn(page);
      await page.goto("/en/admin/documents");
      await page.locator('[data-admin-document="astana-2025-unidentified-11"]').getByRole("link").click();
      await page.getByLabel("Identification").selectOption("identified");
      await page.getByLabel("Title").fill("Memorandum on cooperation in statistics (test)");
      await page.getByLabel("Kind").selectOption("memorandum");
      await page.getByLabel("Parties").fill("Statistical services of both countries");
      await page.getByRole("button", { name: "Save" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

      const anon = await anonymousPage(browser);
      await anon.page.goto("/documents/astana-2025-unidentified-11");
      await expect(anon.page.getByRole("heading", { level: 1 })).toHaveText("Memorandum on cooperation in statistics (test)");
      await anon.page.goto("/documents");
      await expect(anon.page.getByTestId("identified-astana-2025-10-21")).toHaveText("6 of 15 identified");

      await page.goto("/en/admin/audit?entity=document");
      const latest = page.locator('[data-audit-key="astana-2025-unidentified-11"]').first();
      await expect(latest).toContainText("Memorandum on cooperation in statistics (test)");
      const entry = page.locator(`[data-audit-id="${await latest.getAttribute("data-audit-id")}"]`);
      await entry.getByRole("button", { name: /^Revert/ }).click();
      await expect(entry.getByRole("status")).toHaveText("Reverted.");
      await expect(page.locator('[data-audit-key="astana-2025-unidentified-11"]').first()).toContainText("reverted");

      await anon.page.goto("/documents");
      await expect(anon.page.getByTestId("identified-astana-2025-10-21")).toHaveText("5 of 15 identified");
      await anon.close();
    } finally {
      // Leave the package as other tests expect it even if a step above failed.
      const restore = openTestDatabase();
      restore.prepare("update documents set title = @title, kind = @kind, parties = @parties, identification = @identification where slug = 'astana-2025-unidentified-11'").run(original);
      restore.close();
    }
  });

  test("a title on a document that is not marked identified is refused", async ({ page }) => {
    await signIn(page);
    await page.goto("/en/admin/documents");
    await page.locator('[data-admin-document="astana-2025-unidentified-12"]').getByRole("link").click();
    await page.getByLabel("Title").fill("Guessed title");
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.locator('[data-field-error="identification"]')).toContainText("Only an identified document has a title");
    const db = openTestDatabase();
    try {
      expect(db.prepare("select title from documents where slug = 'astana-2025-unidentified-12'").get()).toEqual({ title: null });
    } finally {
      db.close();
    }
  });
});
