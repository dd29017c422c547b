// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    // Rendered public pages are cached in memory only: each server start begins empty, so a
    // cache can never outlive the database it was rendered from (tests swap databases).
    isrFlushToDisk: false,
  },
};

module.exports = nextConfig;
