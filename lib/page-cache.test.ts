import { randomBytes } from "node:crypto";
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { canonicalPageUrl } from "./search-params";

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;
type PageCache = { handle(req: IncomingMessage, res: ServerResponse, next: Handler): unknown; stats(): { entries: number; bytes: number } };
type KeyOf = typeof canonicalPageUrl;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pageCache = require("./page-cache.js") as {
  createPageCache(o: { keyOf: KeyOf; version: () => number | null; maxBytes?: number; maxEntries?: number }): PageCache;
  cacheKey(req: { method?: string; url?: string; headers: Record<string, string | undefined> }, keyOf: KeyOf): string | null;
  negotiateEncoding(h: string | undefined): "br" | "gzip" | null;
};
const { negotiateEncoding } = pageCache;
const cacheKey = (req: Parameters<typeof pageCache.cacheKey>[0]) => pageCache.cacheKey(req, canonicalPageUrl);

/** The content version as the database holds it; a test moves it as a write (here or in another process) would. */
const content = { version: 1 as number | null };
afterEach(() => {
  content.version = 1;
});
const write = () => {
  content.version = (content.version ?? 0) + 1;
};
const createPageCache = (o: { maxBytes?: number; maxEntries?: number } = {}) => pageCache.createPageCache({ keyOf: canonicalPageUrl, version: () => content.version, ...o });

/** Stands in for Next: counts renders and answers with a page (or the status asked for), streamed in two writes. */
function fakeNext(options: { status?: number; setCookie?: boolean; delayMs?: number; body?: (n: number) => string } = {}) {
  const calls: { url: string; acceptEncoding?: string }[] = [];
  const handler: Handler = (req, res) => {
    calls.push({ url: req.url ?? "", acceptEncoding: req.headers["accept-encoding"] as string | undefined });
    const n = calls.length;
    const finish = () => {
      res.statusCode = options.status ?? 200;
      if (options.setCookie) res.setHeader("set-cookie", "a=b");
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.setHeader("x-test", `render ${n}`);
      // As Next's sendRenderResult does: its long shared-cache lifetime only where none is set yet.
      if (!res.getHeader("cache-control")) res.setHeader("cache-control", "s-maxage=31536000");
      const body = options.body ? options.body(n) : `<p>render ${n} of ${req.url} – ✓ ${"x".repeat(4000)}</p>`;
      res.write(body.slice(0, 100));
      res.end(body.slice(100));
    };
    if (options.delayMs) setTimeout(finish, options.delayMs);
    else finish();
  };
  return { handler, calls };
}

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(cache: PageCache, next: Handler): Promise<number> {
  server = createServer((req, res) => void cache.handle(req, res, next));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return (server!.address() as AddressInfo).port;
}

function get(port: number, path: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: IncomingMessage["headers"]; body: Buffer }>((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("cacheKey", () => {
  it("keys the public pages by their path and the parameters they are rendered from", () => {
    for (const url of [
      "/en",
      "/ru?sector=energy&from=2020",
      "/kk/sectors/energy",
      "/az/indicators/trade-turnover?from=2019",
      "/en/documents?sector=trade&package=astana-2025",
      "/ru/documents/joint-statement-20th-anniversary-2025",
      "/kk/source-check",
      "/embed/panels/trade?theme=dark",
    ]) {
      expect(cacheKey({ method: "GET", url, headers: {} })).toBe(url);
    }
    // Other parameters cannot change a page: a shared link with tracking parameters is the same page.
    expect(cacheKey({ method: "GET", url: "/en?utm_source=x&from=2020&sector=energy&fbclid=1", headers: {} })).toBe("/en?sector=energy&from=2020");
    expect(cacheKey({ method: "GET", url: "/kk/sectors/energy?utm_medium=email", headers: {} })).toBe("/kk/sectors/energy");
    // Invalid, empty and repeated values read as the page reads them (the first value, or the default).
    expect(cacheKey({ method: "GET", url: "/en?sector=", headers: {} })).toBe("/en");
    expect(cacheKey({ method: "GET", url: "/en?sector=mining&from=1800", headers: {} })).toBe("/en");
    expect(cacheKey({ method: "GET", url: "/en?sector=energy&sector=trade", headers: {} })).toBe("/en?sector=energy");
  });

  it("passes everything else to Next", () => {
    const cases: [string, string, Record<string, string>][] = [
      ["GET", "/api/health", {}],
      ["GET", "/en/admin/indicators", {}],
      ["GET", "/", {}],
      ["GET", "/sectors/energy", {}],
      ["GET", "/en/login", {}],
      ["GET", "/_next/static/chunks/a.js", {}],
      ["GET", "/en/sectors/energy/extra", {}],
      ["POST", "/en", {}],
      ["GET", "/en", { rsc: "1" }],
      ["GET", "/en?_rsc=abc", {}],
      ["GET", "/en/sectors/energy", { "next-router-prefetch": "1" }],
      ["GET", "/en", { "next-action": "x" }],
      ["GET", "/en", { range: "bytes=0-10" }],
      ["GET", `/en?sector=${"a".repeat(600)}`, {}],
    ];
    for (const [method, url, headers] of cases) expect(cacheKey({ method, url, headers }), `${method} ${url} ${JSON.stringify(headers)}`).toBeNull();
  });
});

describe("negotiateEncoding", () => {
  it("prefers brotli, honours q=0 and falls back to identity", () => {
    expect(negotiateEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(negotiateEncoding("gzip, br;q=0")).toBe("gzip");
    expect(negotiateEncoding("br;q=0, gzip;q=0")).toBeNull();
    expect(negotiateEncoding("*")).toBe("br");
    expect(negotiateEncoding("identity")).toBeNull();
    expect(negotiateEncoding(undefined)).toBeNull();
  });
});

describe("page cache", () => {
  it("serves a repeat request from memory with the same bytes and headers", async () => {
    const cache = createPageCache();
    const next = fakeNext();
    const port = await serve(cache, next.handler);
    const first = await get(port, "/en/sectors/energy");
    const second = await get(port, "/en/sectors/energy");
    expect(next.calls).toHaveLength(1);
    expect(first.headers["x-page-cache"]).toBe("MISS");
    expect(second.headers["x-page-cache"]).toBe("HIT");
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.headers["content-type"]).toBe(first.headers["content-type"]);
    expect(second.headers["x-test"]).toBe(first.headers["x-test"]);
    expect(Number(second.headers["content-length"])).toBe(first.body.length);
    // Another URL is another entry.
    await get(port, "/en/sectors/energy?from=2020");
    expect(next.calls).toHaveLength(2);
  });

  it("tells browsers and proxies to ask again, and answers an unchanged page with 304", async () => {
    const cache = createPageCache();
    const next = fakeNext();
    const port = await serve(cache, next.handler);
    const miss = await get(port, "/en/documents");
    expect(miss.headers["cache-control"]).toBe("public, max-age=0, must-revalidate");
    const hit = await get(port, "/en/documents");
    expect(hit.headers["cache-control"]).toBe("public, max-age=0, must-revalidate");
    const etag = hit.headers.etag!;
    expect(etag).toMatch(/^W\/"[\w-]{27}"$/);
    const unchanged = await get(port, "/en/documents", { "if-none-match": `W/"other", ${etag.slice(2)}` });
    expect(unchanged.status).toBe(304);
    expect(unchanged.body.length).toBe(0);
    expect(unchanged.headers.etag).toBe(etag);
    expect((await get(port, "/en/documents", { "if-none-match": '"other"' })).status).toBe(200);
    // After an edit the page is rendered again and its old ETag no longer matches.
    write();
    await get(port, "/en/documents");
    expect((await get(port, "/en/documents", { "if-none-match": etag })).status).toBe(200);
    await new Promise<void>((resolve) => server!.close(() => resolve()));

    // What Next does not keep keeps Next's own header.
    const port404 = await serve(createPageCache(), fakeNext({ status: 404 }).handler);
    expect((await get(port404, "/documents/none")).headers["cache-control"]).toBe("s-maxage=31536000");
  });

  it("compresses a hit for clients that accept it, and the bytes decode to the page", async () => {
    const cache = createPageCache();
    const next = fakeNext();
    const port = await serve(cache, next.handler);
    const miss = await get(port, "/en", { "accept-encoding": "gzip, br" });
    // Next is asked for identity bytes so the stored copy is the page itself.
    expect(next.calls[0]!.acceptEncoding).toBeUndefined();
    expect(miss.headers["content-encoding"]).toBeUndefined();
    const br = await get(port, "/en", { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(brotliDecompressSync(br.body).equals(miss.body)).toBe(true);
    const gzip = await get(port, "/en", { "accept-encoding": "gzip" });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzip.body).equals(miss.body)).toBe(true);
    expect(gzip.body.length).toBeLessThan(miss.body.length);
    const head = await get(port, "/en", {}, "HEAD");
    expect(head.body.length).toBe(0);
    expect(Number(head.headers["content-length"])).toBe(miss.body.length);
    expect(next.calls).toHaveLength(1);
  });

  it("keeps only pages answered with status 200 and no cookie", async () => {
    for (const options of [{ status: 404 }, { status: 500 }, { setCookie: true }]) {
      const cache = createPageCache();
      const next = fakeNext(options);
      const port = await serve(cache, next.handler);
      await get(port, "/en/documents/x");
      const again = await get(port, "/en/documents/x");
      expect(again.headers["x-page-cache"], JSON.stringify(options)).toBe("MISS");
      expect(next.calls, JSON.stringify(options)).toHaveLength(2);
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      server = undefined;
    }
  });

  it("never caches non-page paths or RSC navigation requests", async () => {
    const cache = createPageCache();
    const next = fakeNext();
    const port = await serve(cache, next.handler);
    for (let i = 0; i < 2; i++) {
      await get(port, "/api/indicators");
      await get(port, "/en", { rsc: "1" });
      await get(port, "/en?_rsc=1");
    }
    expect(next.calls).toHaveLength(6);
    expect(cache.stats().entries).toBe(0);
  });

  it("serves a page only while the content version it was rendered from is current", async () => {
    const cache = createPageCache();
    const next = fakeNext({ body: (n) => `<p>render ${n}</p>${" ".repeat(2000)}` });
    const port = await serve(cache, next.handler);
    await get(port, "/en");
    expect((await get(port, "/en")).headers["x-page-cache"]).toBe("HIT");
    // A write anywhere (this process or another one on the same file) moves the version.
    write();
    const after = await get(port, "/en");
    expect(after.headers["x-page-cache"]).toBe("MISS");
    expect(after.body.toString()).toContain("render 2");
    expect((await get(port, "/en")).body.toString()).toContain("render 2");
  });

  it("never stores a render that began before the last of two writes landing while it ran", async () => {
    // The race of two saves a few ms apart: the render began after the first, ends after the second.
    const cache = createPageCache();
    const next = fakeNext({ delayMs: 120, body: (n) => `<p>render ${n}</p>${" ".repeat(2000)}` });
    const port = await serve(cache, next.handler);
    write();
    const inFlight = get(port, "/en/sectors/trade");
    await new Promise((r) => setTimeout(r, 20));
    write();
    await inFlight;
    expect(cache.stats().entries).toBe(0);
    const fresh = await get(port, "/en/sectors/trade");
    expect(fresh.headers["x-page-cache"]).toBe("MISS");
    expect(fresh.body.toString()).toContain("render 2");
  });

  it("caches nothing while the database has no content version", async () => {
    content.version = null;
    const cache = createPageCache();
    const next = fakeNext();
    const port = await serve(cache, next.handler);
    await get(port, "/en");
    await get(port, "/en");
    expect(next.calls).toHaveLength(2);
    expect(cache.stats().entries).toBe(0);
  });

  it("keeps its pages through writing requests that changed nothing (a refused save, a sign-in)", async () => {
    const cache = createPageCache();
    const next = fakeNext();
    const port = await serve(cache, next.handler);
    await get(port, "/en");
    await get(port, "/en/login", {}, "POST");
    await get(port, "/en/admin/indicators", { "next-action": "abc" }, "POST");
    expect((await get(port, "/en")).headers["x-page-cache"]).toBe("HIT");
    expect(cache.stats().entries).toBe(1);
  });

  it("does not keep a page whose render was under way when the data changed", async () => {
    const cache = createPageCache();
    const next = fakeNext({ delayMs: 150 });
    const port = await serve(cache, next.handler);
    const inFlight = get(port, "/en/documents");
    await new Promise((r) => setTimeout(r, 50));
    write();
    await inFlight;
    expect(cache.stats().entries).toBe(0);
    expect((await get(port, "/en/documents")).headers["x-page-cache"]).toBe("MISS");
  });

  it("evicts the least recently used pages beyond its entry and byte limits", async () => {
    const cache = createPageCache({ maxEntries: 2 });
    const next = fakeNext();
    const port = await serve(cache, next.handler);
    await get(port, "/en/sectors/a");
    await get(port, "/en/sectors/b");
    await get(port, "/en/sectors/a"); // a is now the most recently used
    await get(port, "/en/sectors/c"); // evicts b
    expect(cache.stats().entries).toBe(2);
    expect((await get(port, "/en/sectors/a")).headers["x-page-cache"]).toBe("HIT");
    expect((await get(port, "/en/sectors/b")).headers["x-page-cache"]).toBe("MISS");

    // Byte limit, with pages that do not compress to nothing: 4,500 bytes each, 20,000 allowed.
    const page = () => randomBytes(3375).toString("base64");
    const bounded = createPageCache({ maxBytes: 20_000 });
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    const port1 = await serve(bounded, fakeNext({ body: page }).handler);
    for (const p of ["a", "b", "c", "d", "e"]) await get(port1, `/en/sectors/${p}`);
    expect(bounded.stats().entries).toBe(4);
    expect((await get(port1, "/en/sectors/a")).headers["x-page-cache"]).toBe("MISS"); // the oldest went first
    // Compressed copies count too: a brotli copy pushes the least recently used page out.
    const before = bounded.stats();
    await get(port1, "/en/sectors/e", { "accept-encoding": "br" });
    expect(bounded.stats().entries).toBe(before.entries - 1);
    expect(bounded.stats().bytes).toBeLessThanOrEqual(20_000);

    // A page bigger than a quarter of the cache is served but not kept.
    const tiny = createPageCache({ maxBytes: 8000 });
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    const port3 = await serve(tiny, fakeNext({ body: page }).handler);
    expect((await get(port3, "/en/sectors/a")).status).toBe(200);
    expect(tiny.stats().entries).toBe(0);
  });
});
