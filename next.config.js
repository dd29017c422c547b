// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const { viewRewrites } = require("./lib/view-rewrites.js");

// eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
const { SECURITY_HEADERS } = require("./lib/security-headers.js");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  poweredByHeader: false,
  generateEtags: false,
  typedRoutes: false,
  // Public URLs with ?sector=&from=&to= are served from cached view routes (lib/view-rewrites.js).
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
  async rewrites() {
    return { beforeFiles: viewRewrites(), afterFiles: [], fallback: [] };
  },
  experimental: {
    // Rendered public pages are cached in memory only: each server start begins empty, so a
    // cache can never outlive the database it was rendered from (tests swap databases).
    isrFlushToDisk: false,
  },
};

module.exports = nextConfig;
