// @ts-check
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS
const { SECURITY_HEADERS } = require("./lib/security-headers.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const createNextIntlPlugin = require("next-intl/plugin");

// next-intl reads the request's locale through this module (server components: getLocale()).
const withNextIntl = createNextIntlPlugin("./lib/i18n/request-config.ts");

/** /embed/… exists to be framed: `frame-ancestors *` and no X-Frame-Options; the rest of the policy as everywhere. */
const EMBED_HEADERS = SECURITY_HEADERS.filter((h) => h.key !== "X-Frame-Options").map((h) =>
  h.key === "Content-Security-Policy" ? { ...h, value: h.value.replace("frame-ancestors 'none'", "frame-ancestors *") } : h,
);

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time instead of bundling it.
  // pdfkit (and fontkit under it) read their data files from disk beside their code.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "pdfkit", "svg-to-pdfkit"],
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

module.exports = withNextIntl(nextConfig);
