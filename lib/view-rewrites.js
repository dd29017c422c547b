// @ts-check
/**
 * next.config.js rewrites that map public URLs with filters in the query string to the
 * statically cached view routes (see lib/views.ts for the segment format). Plain rewrites are
 * matched by Next's router without running any code per request, which a proxy function did
 * at a cost of half the throughput. Each parameter is matched against its valid values; an
 * invalid value matches nothing and the view falls back to that parameter's default.
 */
const SECTOR = "(?<sector>all|trade|investment|energy|transport|digital)";
const YEAR = (name) => `(?<${name}>199\\d|20[0-2]\\d|203[0-5])`;
const PACKAGE = "(?<package>[a-z0-9-]{1,80})";

const PATTERNS = { sector: SECTOR, from: YEAR("from"), to: YEAR("to"), package: PACKAGE };
const DEFAULTS = { sector: "all", from: "any", to: "any", package: "all" };

/** Every subset of the parameters, most specific first, so a valid value is never dropped when another is invalid. */
function subsets(keys) {
  const out = [];
  for (let mask = (1 << keys.length) - 1; mask >= 0; mask--) out.push(keys.filter((_, i) => mask & (1 << i)));
  return out.sort((a, b) => b.length - a.length);
}

function rules(source, destinationBase, keys) {
  return subsets(keys).map((present) => ({
    source,
    has: present.map((key) => ({ type: "query", key, value: PATTERNS[key] })),
    destination: `${destinationBase}/${keys.map((k) => (present.includes(k) ? `:${k}` : DEFAULTS[k])).join("~")}`,
  }));
}

function viewRewrites() {
  return [
    ...rules("/", "/v/overview", ["sector", "from", "to"]),
    ...rules("/sectors/:slug", "/v/sector/:slug", ["from", "to"]),
    ...rules("/indicators/:slug", "/v/indicator/:slug", ["from", "to"]),
    ...rules("/documents", "/v/documents", ["sector", "package", "from", "to"]),
    { source: "/source-check", destination: "/v/source-check/all" },
  ];
}

module.exports = { viewRewrites };
