import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";

const EMAIL = process.env.E2E_ADMIN_EMAIL!;
const PASSWORD = process.env.E2E_ADMIN_PASSWORD!;

type Via = { name: string; headers: Record<string, string>; origin: (base: string) => string; https: boolean; secureCookie: boolean };
/** The three ways a request reaches the server: plain HTTP on localhost, plain HTTP by a host name, HTTPS through the (trusted) proxy. */
const VIAS: Via[] = [
  { name: "HTTP on 127.0.0.1", headers: {}, origin: (b) => b, https: false, secureCookie: false },
  { name: "HTTP by a host name", headers: { host: "monitor.example" }, origin: () => "http://monitor.example", https: false, secureCookie: true },
  { name: "HTTPS behind the proxy", headers: { "x-forwarded-proto": "https", "x-forwarded-for": "203.0.113.50" }, origin: (b) => b.replace(/^http:/, "https:"), https: true, secureCookie: true },
];

function setCookies(res: APIResponse): string[] {
  return res
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie")
    .map((h) => h.value);
}

function expectSecurityHeaders(res: APIResponse, https: boolean) {
  const h = res.headers();
  const csp = h["content-security-policy"] ?? "";
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/script-src 'self' 'unsafe-inline'(;|$)/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  if (https) expect(h["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  else expect(h["strict-transport-security"]).toBeUndefined();
}

/** Signs in as a browser without JavaScript does: the login form's hidden action fields plus email and password. */
async function signInByForm(request: APIRequestContext, base: string, via: Via): Promise<APIResponse> {
  const html = await (await request.get("/en/login", { headers: via.headers })).text();
  const fields: Record<string, string> = {};
  for (const m of html.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)) {
    fields[m[1]!] = (m[2] ?? "")
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  }
  expect(Object.keys(fields).some((k) => k.startsWith("$ACTION"))).toBe(true);
  return request.post("/en/login", { multipart: { ...fields, email: EMAIL, password: PASSWORD }, headers: { ...via.headers, origin: via.origin(base) }, maxRedirects: 0 });
}

for (const via of VIAS) {
  test.describe(`headers and cookies, ${via.name}`, () => {
    test("public, API and admin responses carry the security headers; HSTS only over HTTPS", async ({ request, baseURL }) => {
      for (const path of ["/", "/sectors/energy", "/api/indicators", "/api/health", "/en/login", "/en/admin"]) {
        const res = await request.get(path, { headers: via.headers, maxRedirects: 0 });
        expect(res.status(), path).toBeLessThan(400);
        expectSecurityHeaders(res, via.https);
      }
      // A page stored by the page cache for one kind of request keeps the right HSTS for another.
      const again = await request.get("/", { headers: via.headers });
      expect(again.headers()["x-page-cache"]).toBe("HIT");
      expectSecurityHeaders(again, via.https);

      const signedIn = await signInByForm(request, baseURL!, via);
      expect(signedIn.status()).toBe(303);
      expectSecurityHeaders(signedIn, via.https);
      const cookies = setCookies(signedIn).filter((c) => /azkz_session=[^;]+/.test(c) && !/azkz_session=;/.test(c));
      expect(cookies).toHaveLength(1);
      const cookie = cookies[0]!;
      if (via.secureCookie) {
        expect(cookie).toMatch(/^__Host-azkz_session=[A-Za-z0-9_-]{43};/);
        expect(cookie).toMatch(/; Secure(;|$)/);
      } else {
        expect(cookie).toMatch(/^azkz_session=[A-Za-z0-9_-]{43};/);
        expect(cookie).not.toMatch(/Secure/i);
      }
      expect(cookie).toMatch(/; Path=\/(;|$)/);
      expect(cookie).toMatch(/; HttpOnly(;|$)/);
      expect(cookie).toMatch(/; SameSite=lax(;|$)/i);
      expect(cookie).not.toMatch(/Domain=/i);

      const admin = await request.get("/en/admin/indicators", { headers: { ...via.headers, cookie: cookie.split(";")[0]! } });
      expect(admin.status()).toBe(200);
      expectSecurityHeaders(admin, via.https);
      const adminApi = await request.get("/api/admin/observations", { headers: { ...via.headers, cookie: cookie.split(";")[0]! } });
      expect(adminApi.status()).toBe(200);
      expectSecurityHeaders(adminApi, via.https);
    });

    test("sign-out clears the session cookie with the attributes it was set with", async ({ request, baseURL }) => {
      const res = await signInByForm(request, baseURL!, via);
      const name = via.secureCookie ? "__Host-azkz_session" : "azkz_session";
      const cookie = setCookies(res).find((c) => c.startsWith(`${name}=`) && !c.startsWith(`${name}=;`))!;
      const session = cookie.split(";")[0]!;
      // The sign-out form's action id, from the admin page as the browser gets it.
      const html = await (await request.get("/en/admin/indicators", { headers: { ...via.headers, cookie: session } })).text();
      const actionId = /name="\$ACTION_ID_([0-9a-f]+)"/.exec(html)?.[1];
      expect(actionId).toBeTruthy();
      const signOut = await request.post("/en/admin/indicators", {
        headers: { ...via.headers, origin: via.origin(baseURL!), cookie: session, "next-action": actionId!, "content-type": "text/plain;charset=UTF-8" },
        data: "[]",
        maxRedirects: 0,
      });
      expect(signOut.status()).toBeLessThan(400);
      expectSecurityHeaders(signOut, via.https);
      const cleared = setCookies(signOut).find((c) => c.startsWith(`${name}=;`));
      expect(cleared, setCookies(signOut).join("\n")).toBeDefined();
      expect(cleared).toMatch(/; Path=\/(;|$)/);
      expect(cleared).toMatch(/Max-Age=0|Expires=Thu, 01 Jan 1970/);
      expect(cleared).toMatch(/; HttpOnly(;|$)/);
      if (via.secureCookie) expect(cleared).toMatch(/; Secure(;|$)/);
      // The session is revoked on the server too: the old cookie no longer opens the admin area.
      const after = await request.get("/api/admin/observations", { headers: { ...via.headers, cookie: session } });
      expect(after.status()).toBe(401);
    });
  });
}

test.describe("bad requests get a 4xx with the security headers", () => {
  test("malformed percent-encoding in a path", async ({ request }) => {
    for (const path of ["/sectors/%ED%A0%80", "/api/indicators/%ZZ", "/documents/%C0%AF", "/%E0%A4%A"]) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(400);
      expectSecurityHeaders(res, false);
    }
  });

  test("cross-origin and malformed server-action posts", async ({ request, baseURL }) => {
    const id = "40" + "0".repeat(40);
    const cross = await request.post("/en/admin", { headers: { origin: "https://evil.example", "next-action": id, "content-type": "text/plain;charset=UTF-8" }, data: "[{}]" });
    expect(cross.status()).toBe(403);
    expectSecurityHeaders(cross, false);
    for (const body of ['[{"id":1', '["$Q1"]', '[{"a":"$@1"}]', "\u0000"]) {
      const res = await request.post("/en/admin", { headers: { origin: baseURL!, "next-action": id, "content-type": "text/plain;charset=UTF-8" }, data: body });
      expect(res.status(), body).toBe(400);
      expectSecurityHeaders(res, false);
    }
    const multipart = await request.post("/en/admin", { headers: { origin: baseURL!, "next-action": id, "content-type": "multipart/form-data; boundary=x" }, data: "garbage" });
    expect(multipart.status()).toBe(400);
  });
});
