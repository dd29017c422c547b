// @ts-check
/**
 * Response cache in front of Next for the public pages (used by server.mjs, the production server).
 *
 * Why: a page that Next already holds in its full-route cache still costs a trip through the app
 * router on every request (route matching, loading the page module, the cache lookup, and encoding
 * a ~300 KB string to UTF-8), which made "/" three times slower than a static file of the same
 * size. This cache keeps the finished response bytes, so a repeat request costs one Map lookup.
 *
 * What it caches: only GET responses of public page paths that Next itself served from, or just
 * stored in, its full-route cache (`x-nextjs-cache: HIT` or `MISS`) with status 200 and no
 * Set-Cookie. Anything Next renders per request (admin, API, sign-in, RSC navigation requests)
 * passes straight through, so this cache can only ever hold what Next would have served anyway.
 *
 * Freshness: everything is dropped when an admin save calls `invalidate()` (app/admin/invalidate.ts,
 * through the process-wide handle), and again when that save's response has been sent, after Next
 * has applied its own revalidation. A response is stored only if no invalidation happened while it
 * was being rendered (generation check), so a page rendered from old data can never be kept.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS, loaded by server.mjs and by unit tests
const zlib = require("node:zlib");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createHash } = require("node:crypto");

/** Public page paths (see lib/view-rewrites.js and app/documents/[slug]). */
const PUBLIC_PAGE = /^\/(?:|sectors\/[a-z0-9-]{1,80}|indicators\/[a-z0-9-]{1,80}|documents|documents\/[a-z0-9-]{1,120}|source-check)$/;
/** The query parameters public pages are rendered from (lib/view-rewrites.js); pages cannot read any other. */
const VIEW_PARAMS = ["sector", "from", "to", "package"];
/** Request headers that make Next answer with something other than the full HTML page. */
const BYPASS_HEADERS = ["rsc", "next-action", "next-router-prefetch", "next-router-state-tree", "next-router-segment-prefetch", "next-url", "range"];
/** Response headers that belong to one connection or are set again for each reply. */
const PER_RESPONSE_HEADERS = new Set(["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive", "date"]);
const MAX_URL_LENGTH = 512;
/**
 * Browsers and any shared cache must ask again before reusing a page (an edit shows on the next
 * load); the ETag turns that into a bodiless 304 while the page is unchanged. Next would send
 * `s-maxage=31536000`, which lets a proxy or CDN keep serving a page for a year after an edit.
 */
const PAGE_CACHE_CONTROL = "public, max-age=0, must-revalidate";
const HANDLE = Symbol.for("az-kz-monitor.page-cache");

/**
 * @typedef {{ body: Buffer, etag: string, headers: Record<string, string | string[]>, gzip?: Buffer, br?: Buffer }} Entry
 * @typedef {{ maxBytes?: number, maxEntries?: number }} Options
 */

/**
 * The cache key of a request, or null when the request must go to Next uncached. Parameters a
 * page is not rendered from (utm_source and the like) are left out of the key, so a shared link
 * with tracking parameters is the same cached page and junk parameters cannot crowd it out.
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} req
 */
function cacheKey(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  const url = req.url ?? "";
  if (url.length > MAX_URL_LENGTH) return null;
  const q = url.indexOf("?");
  const path = q === -1 ? url : url.slice(0, q);
  if (!PUBLIC_PAGE.test(path)) return null;
  for (const h of BYPASS_HEADERS) if (req.headers[h] !== undefined) return null;
  if (q === -1) return path;
  const params = new URLSearchParams(url.slice(q + 1));
  if (params.has("_rsc")) return null;
  const kept = new URLSearchParams();
  for (const name of VIEW_PARAMS) {
    const values = params.getAll(name);
    // A repeated parameter is rare and Next's matching of it is its own business: do not guess.
    if (values.length > 1) return null;
    if (values.length === 1) kept.set(name, values[0] ?? "");
  }
  const query = kept.toString();
  return query ? `${path}?${query}` : path;
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

/**
 * Whether Next served the response from its full-route cache or just stored it there.
 * @param {import("node:http").ServerResponse} res
 */
function isFromNextCache(res) {
  const value = String(res.getHeader("x-nextjs-cache") ?? "");
  return value === "HIT" || value === "MISS";
}

/** @param {Options} [options] */
function createPageCache({ maxBytes = 64 * 1024 * 1024, maxEntries = 1000 } = {}) {
  /** @type {Map<string, Entry>} */
  const entries = new Map();
  let bytes = 0;
  let generation = 0;

  function invalidate() {
    generation++;
    entries.clear();
    bytes = 0;
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
    const key = cacheKey(req);
    if (key === null) {
      if (req.method !== "GET" && req.method !== "HEAD") {
        // A request that saved something (its action called invalidate()) invalidates again on
        // completion, after Next has applied its own revalidation: a page served in between may
        // be the old one. Requests that changed nothing (refused saves, sign-ins) keep the cache,
        // so a stream of junk POSTs cannot keep flushing it.
        const startedAt = generation;
        res.once("finish", () => {
          if (generation !== startedAt) invalidate();
        });
      }
      return next(req, res);
    }
    const hit = entries.get(key);
    if (hit) {
      entries.delete(key);
      entries.set(key, hit);
      return sendEntry(req, res, hit);
    }
    if (req.method === "HEAD") return next(req, res);
    return capture(key, req, res, next);
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
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   * @param {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => unknown} next
   */
  function capture(key, req, res, next) {
    const startedAt = generation;
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
    res.write = /** @type {typeof res.write} */ (/** @param {any[]} args */ (...args) => {
      keep(args[0], args[1]);
      return /** @type {any} */ (write)(...args);
    });
    res.end = /** @type {typeof res.end} */ (/** @param {any[]} args */ (...args) => {
      keep(args[0], args[1]);
      return /** @type {any} */ (end)(...args);
    });
    res.once("finish", () => {
      const cacheable = ok && res.statusCode === 200 && isFromNextCache(res) && !res.hasHeader("set-cookie") && !res.hasHeader("content-encoding");
      // One page may not take more than a quarter of the cache (it would push out the rest).
      if (!cacheable || generation !== startedAt || chunks.reduce((n, c) => n + c.length, 0) > maxBytes / 4) return;
      /** @type {Record<string, string | string[]>} */
      const headers = {};
      for (const [name, value] of Object.entries(res.getHeaders())) {
        if (value === undefined || PER_RESPONSE_HEADERS.has(name)) continue;
        headers[name] = Array.isArray(value) ? value : String(value);
      }
      const body = Buffer.concat(chunks);
      // Weak: the identity, gzip and brotli bytes are one page in three encodings.
      store(key, { body, etag: `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`, headers });
    });
    const writeHead = res.writeHead.bind(res);
    // Last moment before the headers go out (Node calls writeHead for implicit headers too): a
    // page that will be kept gets the cache's Cache-Control; errors and 404s keep Next's.
    res.writeHead = /** @type {typeof res.writeHead} */ (/** @param {any[]} args */ (...args) => {
      if (args[0] === 200 && isFromNextCache(res)) res.setHeader("cache-control", PAGE_CACHE_CONTROL);
      return /** @type {any} */ (writeHead)(...args);
    });
    res.setHeader("x-page-cache", "MISS");
    return next(req, res);
  }

  return {
    handle,
    invalidate,
    /** For tests and debugging: pages held and their bytes (all encodings). */
    stats: () => ({ entries: entries.size, bytes }),
  };
}

/**
 * Registers the cache as the process-wide handle that app code reaches through
 * `globalThis[Symbol.for("az-kz-monitor.page-cache")]` (Next bundles app code separately, so a
 * module import would not be the same instance).
 * @param {ReturnType<typeof createPageCache>} cache
 */
function register(cache) {
  /** @type {any} */ (globalThis)[HANDLE] = cache;
}

module.exports = { createPageCache, cacheKey, negotiateEncoding, register };
