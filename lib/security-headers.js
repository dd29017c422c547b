// @ts-check
/**
 * Response headers on every answer: set by next.config.js for what Next serves, and by
 * lib/request-guard.js for the 4xx answers it gives before a request reaches Next.
 *
 * No other site may frame a page (clickjacking of the admin area), plugins and <base> tricks are
 * off, forms only post here, other sites get only the origin as referrer, and everything loads
 * from this origin (`default-src 'self'`). Exceptions, each needed by something that runs here:
 * - script-src 'unsafe-inline': Next's App Router puts its bootstrap and the page's RSC payload in
 *   inline <script> tags (`self.__next_f.push(...)`), different on every page. Nonces need a
 *   per-request render and hashes a per-page header, and public pages are served as stored bytes
 *   from the page cache, so neither fits; all script files still come only from 'self'.
 * - style-src 'unsafe-inline': React `style` attributes (chart bar widths) and Next's inline styles.
 * - img-src data: blob: and font-src data:: the chart export draws the chart as an SVG image with
 *   its fonts embedded as data: URLs, and offers the PNG/SVG as a blob: download.
 * - connect-src data: blob:: the export code fetches those data:/blob: URLs back to rasterise them.
 * - 'unsafe-eval' only under `next dev` (React's development build needs it).
 */
const dev = process.env.NODE_ENV === "development";
const CSP = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join("; ");

const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: CSP },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), browsing-topics=()" },
];

/** Sent only on answers to requests that came over HTTPS (browsers ignore it over HTTP anyway). */
const HSTS = "max-age=31536000; includeSubDomains";

module.exports = { SECURITY_HEADERS, HSTS };
