// Production server: Next's request handler behind the public-page response cache
// (lib/page-cache.js). `npm start` runs it after the database setup. `next dev` renders the same
// pages from the same database without this cache.
// Usage: node server.mjs [-p 3000] [-H 127.0.0.1]   (PORT is read when -p is not given)
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { tsImport } from "tsx/esm/api";
import pageCache from "./lib/page-cache.js";
import requestGuard from "./lib/request-guard.js";

const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname; // undefined: every interface, as `next start` does
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Invalid port "${values.port ?? process.env.PORT}"`);
  process.exit(2);
}

// Before Next and React load: they pick their production builds from it (as `next start` does).
process.env.NODE_ENV = "production";
const { default: next } = await import("next");
const app = next({ dev: false, dir: import.meta.dirname, hostname: hostname ?? "localhost", port });
const handleNext = app.getRequestHandler();
await app.prepare();

// PAGE_CACHE=off serves every request through Next alone (to rule the cache out when debugging).
const cacheOn = process.env.PAGE_CACHE !== "off";
// The cache key comes from the URL grammar and freshness from the content version in the
// database; both modules are TypeScript shared with the app, loaded here without a global hook.
const { canonicalPageUrl } = await tsImport("./lib/search-params.ts", import.meta.url);
const { openContentVersionReader } = await tsImport("./db/content-version.ts", import.meta.url);
const contentVersion = cacheOn ? openContentVersionReader() : null;
const cache = contentVersion ? pageCache.createPageCache({ keyOf: canonicalPageUrl, version: contentVersion.read }) : null;
const serve = cache ? (req, res) => cache.handle(req, res, handleNext) : handleNext;
// In front of both: client address and protocol (TRUST_PROXY), bad paths and action bodies as 4xx, HSTS.
const guard = requestGuard.createRequestGuard({ trustProxy: requestGuard.parseTrustProxy(process.env.TRUST_PROXY) });
const handle = (req, res) => guard(req, res, serve);
// Page loads and data requests differ in what carries static markup (components/ui/static-html.tsx);
// Next hides the headers that tell them apart, so the kind is marked here, overwriting any sent.
const { REQUEST_KIND_HEADER } = await tsImport("./lib/html-handoff-header.ts", import.meta.url);
const markKind = (req) => {
  req.headers[REQUEST_KIND_HEADER] = pageCache.requestKind(req);
};

const onRequest = (req, res) => {
  markKind(req);
  Promise.resolve(handle(req, res)).catch((err) => {
    console.error(err);
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("Internal Server Error");
  });
};

// Each kind of page is rendered once before the server takes requests: the first render of a route
// loads and compiles its modules (about 0.4 s for the overview), which would otherwise fall on the
// first reader after every restart. On a private loopback port, so nobody reaches the server before
// it is warm (health checks included). WARM_UP=off skips it.
const WARM_PATHS = ["/en", "/en/sectors/trade", "/en/indicators/trade-turnover", "/en/documents", "/en/source-check", "/en/briefing"];
async function warmUp() {
  const probe = createServer(onRequest);
  await new Promise((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${probe.address().port}`;
  for (const path of WARM_PATHS) {
    try {
      const res = await fetch(base + path, { headers: { "accept-encoding": "identity" }, signal: AbortSignal.timeout(15_000) });
      await res.arrayBuffer();
    } catch (err) {
      console.error(`Warm-up of ${path} failed (ignored): ${err instanceof Error ? err.message : err}`);
    }
  }
  probe.closeAllConnections();
  await new Promise((resolve) => probe.close(resolve));
}
if (process.env.WARM_UP !== "off") await warmUp();

const server = createServer(onRequest);
server.listen(port, hostname, () => {
  console.log(`Ready on http://${hostname ?? "localhost"}:${port} (production, public-page cache ${cacheOn ? "on" : "off"})`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    // Keep-alive connections would hold close() open; do not wait for them.
    server.closeIdleConnections?.();
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
