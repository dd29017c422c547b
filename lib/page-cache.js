// @ts-check
/**
 * Response cache in front of Next for the public pages (used by server.mjs, the production server),
 * and the only cache of rendered pages: Next renders public pages per request from their search
 * params (they are `force-dynamic`), this keeps the finished bytes.
 *
 * Why: rendering, not SQLite, is the cost of a page; a repeat request here costs one Map lookup
 * and one single-row read of the content version.
 *
 * What it caches: GET responses of public page URLs (`canonicalPageUrl` in lib/search-params.ts,
 * which is also the key) with status 200 and no Set-Cookie. Navigation payloads (RSC requests),
 * admin, API and sign-in pass straight through.
 *
 * Freshness, one signal: every entry is stamped with the content version (a number in SQLite
 * that every write moves inside its own transaction, db/schema/content-version.ts) read when its
 * render began. An entry is served only while that is still the current version, and a render is
 * stored only if the version has not moved while it ran. The render began at version v, so it
 * read data of version v or newer; if the version is still v when it ends, it read exactly v.
 * So a page rendered from older data is never served or stored once a newer version exists, in
 * this process or after a write by any other process on the same database file.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS, loaded by server.mjs and by unit tests
const zlib = require("node:zlib");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createHash } = require("node:crypto");

/** Request headers that make Next answer with something other than the full HTML page. */
const BYPASS_HEADERS = ["rsc", "next-action", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-url", "range"];
/** Of those, the ones Next sends for client navigations, prefetches and server actions. */
const DATA_HEADERS = ["rsc", "next-action", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch"];
/** Response headers that belong to one connection or are set again for each reply. */
const PER_RESPONSE_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date"]);
const MAX_URL_LENGTH = 512;
/**
 * Browsers and any shared cache must ask again before reusing a page (an edit shows on the next
 * load); the ETag turns that into a bodiless 304 while the page is unchanged. Next would send
 * `s-maxage=31536000`, which lets a proxy or CDN keep serving a page for a year after an edit.
 */
const PAGE_CACHE_CONTROL = "public, max-age=0, must-revalidate";

/**
 * @typedef {{ body: Buffer, etag: string, headers: Record<string, string | string[]>, version: number, gzip?: Buffer, br?: Buffer }} Entry
 * @typedef {(pathname: string, search: URLSearchParams) => string | null} KeyOf
 * @typedef {{ keyOf: KeyOf, version: () => number | null, maxBytes?: number, maxEntries?: number }} Options
 */

/**
 * The cache key of a request, or null when the request must go to Next uncached. `keyOf` is the
 * URL grammar's canonical URL (lib/search-params.ts): parameters a page is not rendered from
 * (utm_source and the like) are left out, so a shared link with tracking parameters is the same
 * cached page and junk parameters cannot crowd it out.
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} req
 * @param {KeyOf} keyOf
 */
function cacheKey(req, keyOf) {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  const url = req.url ?? "";
  if (url.length > MAX_URL_LENGTH) return null;
  const q = url.indexOf("?");
  const path = q === -1 ? url : url.slice(0, q);
  for (const h of BYPASS_HEADERS) if (req.headers[h] !== undefined) return null;
  const params = new URLSearchParams(q === -1 ? "" : url.slice(q + 1));
  if (params.has("_rsc")) return null;
  return keyOf(path, params);
}

/**
 * "document" for a page load (Next answers with HTML and the page data inlined), "data" for the
 * rest (Next answers with page data only). Marked by server.mjs for components/ui/static-html.tsx.
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} req
 * @returns {"document" | "data"}
 */
function requestKind(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return "data";
  for (const h of DATA_HEADERS) if (req.headers[h] !== undefined) return "data";
  if (/[?&]_rsc=/.test(req.url ?? "")) return "data";
  return "document";
}

/**
 * The best encoding the client accepts among brotli and gzip, or null for identity.
 * @param {string | string[] | undefined} header
 * @returns {"br" | "gzip" | null}
 */
function negotiateEncoding(header) {
  if (typeof header !== "string") return null;
  /** @type {Record<string, number>} */
  const q = {};
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q[name] = Number.isFinite(value) ? value : 0;
  }
  const accepts = (/** @type {string} */ name) => (q[name] ?? q["*"] ?? 0) > 0;
  if (accepts("br")) return "br";
  if (accepts("gzip")) return "gzip";
  return null;
}

/** @param {Options} options */
function createPageCache({ keyOf, version, maxBytes = 64 * 1024 * 1024, maxEntries = 1000 }) {
  /** @type {Map<string, Entry>} */
  const entries = new Map();
  let bytes = 0;
  /** @type {number | null} The content version the last request saw. */
  let seen = null;

  /** @param {string} key @param {Entry} e */
  function drop(key, e) {
    entries.delete(key);
    bytes -= sizeOf(e);
  }

  /** @param {Entry} e */
  const sizeOf = (e) => e.body.length + (e.gzip?.length ?? 0) + (e.br?.length ?? 0);

  /** @param {string} key @param {Entry} entry */
  function store(key, entry) {
    const old = entries.get(key);
    if (old) bytes -= sizeOf(old);
    entries.delete(key);
    entries.set(key, entry);
    bytes += sizeOf(entry);
    evict();
  }

  /** Accounts for a compressed copy added to an entry. @param {number} n */
  function grew(n) {
    bytes += n;
    evict();
  }

  /** Least recently used first: Map keeps insertion order and a hit re-inserts its entry. */
  function evict() {
    for (const [k, e] of entries) {
      if (bytes <= maxBytes && entries.size <= maxEntries) break;
      entries.delete(k);
      bytes -= sizeOf(e);
    }
  }

  /**
   * Serves the request from the cache, or hands it to Next and keeps the response if it may.
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   * @param {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => unknown} next
   */
  function handle(req, res, next) {
    const key = cacheKey(req, keyOf);
    if (key === null) return next(req, res);
    // No version (database not migrated yet): nothing can be proven fresh, so nothing is cached.
    const current = version();
    if (current === null) return next(req, res);
    if (current !== seen) {
      // The data moved: every page held is older. Free them at once rather than one by one.
      seen = current;
      entries.clear();
      bytes = 0;
    }
    const hit = entries.get(key);
    if (hit && hit.version === current) {
      entries.delete(key);
      entries.set(key, hit);
      return sendEntry(req, res, hit);
    }
    if (hit) drop(key, hit);
    if (req.method === "HEAD") return next(req, res);
    return capture(key, current, req, res, next);
  }

  /**
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   * @param {Entry} entry
   */
  function sendEntry(req, res, entry) {
    const inm = req.headers["if-none-match"];
    const opaque = entry.etag.replace(/^W\//, "");
    // Weak comparison (RFC 9110 13.1.2), as If-None-Match asks for.
    if (typeof inm === "string" && inm.split(",").some((t) => t.trim().replace(/^W\//, "") === opaque || t.trim() === "*")) {
      res.writeHead(304, { etag: entry.etag, "cache-control": entry.headers["cache-control"] ?? PAGE_CACHE_CONTROL, vary: entry.headers.vary ?? "Accept-Encoding", "x-page-cache": "HIT" });
      res.end();
      return;
    }
    const encoding = entry.body.length > 1024 ? negotiateEncoding(req.headers["accept-encoding"]) : null;
    let body = entry.body;
    if (encoding === "br") {
      if (!entry.br) {
        entry.br = zlib.brotliCompressSync(entry.body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 9, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: entry.body.length } });
        grew(entry.br.length);
      }
      body = entry.br;
    } else if (encoding === "gzip") {
      if (!entry.gzip) {
        entry.gzip = zlib.gzipSync(entry.body, { level: 9 });
        grew(entry.gzip.length);
      }
      body = entry.gzip;
    }
    res.writeHead(200, { ...entry.headers, etag: entry.etag, ...(encoding ? { "content-encoding": encoding } : {}), "content-length": body.length, "x-page-cache": "HIT" });
    res.end(req.method === "HEAD" ? undefined : body);
  }

  /**
   * @param {string} key
   * @param {number} startedAt the content version when the render began
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   * @param {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => unknown} next
   */
  function capture(key, startedAt, req, res, next) {
    // Next answers uncompressed so the stored bytes are the page itself; this reply is one miss.
    delete req.headers["accept-encoding"];
    /** @type {Buffer[]} */
    const chunks = [];
    let ok = true;
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    /** @param {unknown} chunk @param {unknown} [encoding] */
    const keep = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function") return;
      if (typeof chunk === "string") chunks.push(Buffer.from(chunk, typeof encoding === "string" ? /** @type {BufferEncoding} */ (encoding) : "utf8"));
      else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      else ok = false;
    };
    res.write = /** @type {typeof res.write} */ (
      /** @param {any[]} args */ (...args) => {
        keep(args[0], args[1]);
        return /** @type {any} */ (write)(...args);
      }
    );
    res.end = /** @type {typeof res.end} */ (
      /** @param {any[]} args */ (...args) => {
        keep(args[0], args[1]);
        return /** @type {any} */ (end)(...args);
      }
    );
    res.once("finish", () => {
      const cacheable = ok && res.statusCode === 200 && !res.hasHeader("set-cookie") && !res.hasHeader("content-encoding");
      // One page may not take more than a quarter of the cache (it would push out the rest).
      if (!cacheable || chunks.reduce((n, c) => n + c.length, 0) > maxBytes / 4) return;
      // Written while this page rendered: it may hold older data than the version now current.
      if (version() !== startedAt) return;
      /** @type {Record<string, string | string[]>} */
      const headers = {};
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (value === undefined || PER_RESPONSE_HEADERS.has(name)) continue;
        headers[name] = Array.isArray(value) ? value : String(value);
      }
      const body = Buffer.concat(chunks);
      // Weak: the identity, gzip and brotli bytes are one page in three encodings.
      store(key, { body, etag: `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`, headers, version: startedAt });
    });
    const writeHead = res.writeHead.bind(res);
    // Last moment before the headers go out (Node calls writeHead for implicit headers too): a
    // page that will be kept gets the cache's Cache-Control; errors and 404s keep Next's.
    res.writeHead = /** @type {typeof res.writeHead} */ (
      /** @param {any[]} args */ (...args) => {
        if ((args[0] ?? res.statusCode) === 200) res.setHeader("cache-control", PAGE_CACHE_CONTROL);
        return /** @type {any} */ (writeHead)(...args);
      }
    );
    res.setHeader("x-page-cache", "MISS");
    return next(req, res);
  }

  return {
    handle,
    /** For tests and debugging: pages held and their bytes (all encodings). */
    stats: () => ({ entries: entries.size, bytes }),
  };
}

module.exports = { createPageCache, cacheKey, negotiateEncoding, requestKind };
