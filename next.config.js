// @ts-check
/**
 * On every response. No other site may frame a page (clickjacking of the admin area), plugins
 * and <base> tricks are off, forms only post here, and other sites get only the origin as
 * referrer. Script sources are not restricted: Next's inline scripts would need per-request
 * nonces, which static, cached pages cannot carry.
 */
const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), browsing-topics=()" },
];

/** /embed/… exists to be framed: `frame-ancestors *` and no X-Frame-Options, the other headers as everywhere. */
const EMBED_HEADERS = [
  { key: "Content-Security-Policy", value: "frame-ancestors *; base-uri 'self'; form-action 'self'; object-src 'none'" },
  ...SECURITY_HEADERS.filter((h) => h.key !== "Content-Security-Policy" && h.key !== "X-Frame-Options"),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2"],
  poweredByHeader: false,
  generateEtags: false,
  typedRoutes: false,
  async headers() {
    // Every path but the embeds; those may be framed by any site, with the rest of the policy unchanged.
    return [
      { source: "/:path((?!embed/).*)", headers: SECURITY_HEADERS },
      { source: "/embed/:path*", headers: EMBED_HEADERS },
    ];
  },
};

module.exports = nextConfig;
