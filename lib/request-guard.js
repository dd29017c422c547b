// @ts-check
/**
 * What server.mjs checks before a request reaches Next (or the page cache):
 * - who the client is: the socket's address and protocol, unless TRUST_PROXY says how many
 *   proxies in front append to X-Forwarded-For / set X-Forwarded-Proto. The answer travels to the
 *   app in CLIENT_HEADERS (any copy the client sent is deleted first), and the X-Forwarded-*
 *   headers of an untrusted client are dropped so nothing downstream can be fooled by them;
 * - that the path is valid percent-encoding (Next answers a bare 500 otherwise);
 * - that a server-action POST comes from this origin (403) and has a body React can decode (400):
 *   Next answers a bare 500 for both, without the security headers;
 * - the security headers on its own answers, and HSTS on every answer to an HTTPS request.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS, loaded by server.mjs and by unit tests
const { IncomingMessage } = require("node:http");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { SECURITY_HEADERS, HSTS } = require("./security-headers.js");

/** Request headers through which server.mjs tells the app the client's address and protocol (db/auth/request.ts). */
const CLIENT_HEADERS = { address: "x-azkz-client-address", proto: "x-azkz-client-proto" };
const FORWARDED = ["x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "x-real-ip", "forwarded"];
/** Next's default limit for server-action bodies (serverActions.bodySizeLimit). */
const MAX_ACTION_BODY = 1024 * 1024;
const MAX_DEPTH = 64;
const MAX_FIELD = 64 * 1024;

/** TRUST_PROXY: the number of proxies in front of this server (0 or unset: none, trust nothing forwarded). */
function parseTrustProxy(value) {
  if (value === undefined || value === "" || value === "false") return 0;
  if (value === "true") return 1;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 10) throw new Error(`TRUST_PROXY must be a number of proxies (0-10), not "${value}"`);
  return n;
}

/** @param {string | string[] | undefined} h */
const list = (h) =>
  (Array.isArray(h) ? h.join(",") : (h ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * The client as seen by the outermost trusted proxy: with N proxies, each appends the address it
 * received from, so the Nth entry from the right of X-Forwarded-For is the last one a trusted
 * proxy wrote; anything left of it is whatever the client claimed.
 * @param {import("node:http").IncomingMessage} req
 * @param {number} trustProxy
 */
function clientOf(req, trustProxy) {
  const socketAddress = (req.socket.remoteAddress ?? "unknown").replace(/^::ffff:/, "");
  // @ts-expect-error -- `encrypted` exists on TLS sockets only
  const socketProto = req.socket.encrypted ? "https" : "http";
  if (trustProxy === 0) return { address: socketAddress, proto: socketProto, host: req.headers.host };
  const chain = list(req.headers["x-forwarded-for"]);
  const address = chain.length > 0 ? chain[Math.max(0, chain.length - trustProxy)] : socketAddress;
  const proto = list(req.headers["x-forwarded-proto"]).at(-1)?.toLowerCase();
  const host = list(req.headers["x-forwarded-host"]).at(-1) ?? req.headers.host;
  return { address: address ?? socketAddress, proto: proto === "https" || proto === "http" ? proto : socketProto, host };
}

/** @param {string} url */
function validPath(url) {
  const q = url.indexOf("?");
  try {
    decodeURIComponent(q === -1 ? url : url.slice(0, q));
    return true;
  } catch {
    return false;
  }
}

/**
 * The strings React's decodeReply reads as something other than a plain value start with "$".
 * The app's actions take plain JSON-like objects and (sign-in) one FormData, so only the escaped
 * "$$…", the special numbers, dates, BigInts, undefined and (in multipart bodies) FormData
 * references may appear; anything else would make React look for parts that are not there.
 * @param {unknown} root
 * @param {boolean} allowFormData
 */
function plainReply(root, allowFormData) {
  /** @type {[unknown, number][]} */
  const stack = [[root, 0]];
  while (stack.length > 0) {
    const [v, depth] = /** @type {[unknown, number]} */ (stack.pop());
    if (depth > MAX_DEPTH) return false;
    if (typeof v === "string") {
      if (v.startsWith("$") && !/^\$(\$|undefined$|-0$|NaN$|-?Infinity$|D|n-?\d+$)/.test(v) && !(allowFormData && /^\$K\d+$/.test(v))) return false;
    } else if (v !== null && typeof v === "object") {
      for (const [k, child] of Object.entries(v)) {
        if (k === "__proto__") return false;
        stack.push([child, depth + 1]);
      }
    }
  }
  return true;
}

/**
 * Null when Next and React can decode this server-action body, else the status and reason.
 * @param {string} contentType
 * @param {Buffer} body
 * @returns {Promise<[number, string] | null>}
 */
async function checkActionBody(contentType, body) {
  const type = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (type === "multipart/form-data") {
    let form;
    try {
      form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
    } catch {
      return [400, "Malformed multipart body"];
    }
    // What a browser's FormData of this app's forms looks like: React's "0" root and "<n>_<field>"
    // parts with plain names and text values. Next's multipart parser fails (500) on some others.
    for (const [name, value] of form) {
      if (!/^(0|_?\d{1,4}_[A-Za-z0-9_.$:-]{1,100})$/.test(name) || typeof value !== "string" || value.length > MAX_FIELD) return [400, "Malformed server action form data"];
    }
    const root = form.get("0");
    if (typeof root !== "string") return [400, "Malformed server action arguments"];
    return checkJson(root, true);
  }
  if (type === "" || type === "text/plain") {
    let text;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(body);
    } catch {
      return [400, "The body is not UTF-8"];
    }
    return checkJson(text, false);
  }
  return [415, "Unsupported content type for a server action"];
}

/**
 * A form posted without JavaScript to a server action: React's hidden fields name the action
 * ("$ACTION_ID_<id>", or "$ACTION_REF_<n>" with "$ACTION_<n>:0" = {"id", "bound": "$@1" | null}
 * and its bound arguments in "$ACTION_<n>:1"). Next answers 500 when they do not fit together.
 * @param {string} contentType @param {Buffer} body @returns {Promise<[number, string] | null>}
 */
async function checkFormAction(contentType, body) {
  let form;
  try {
    form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  } catch {
    return [400, "Malformed form body"];
  }
  const bad = [400, "Malformed form action fields"];
  for (const [name, value] of form) {
    if (!name.startsWith("$ACTION_")) continue;
    if (typeof value !== "string") return /** @type {[number, string]} */ (bad);
    if (name === "$ACTION_KEY" || /^\$ACTION_ID_[0-9a-f]{1,64}$/.test(name)) continue;
    const ref = /^\$ACTION_REF_(\d{1,4})$/.exec(name);
    if (ref) {
      const meta = form.get(`$ACTION_${ref[1]}:0`);
      let parsed;
      try {
        parsed = typeof meta === "string" ? JSON.parse(meta) : null;
      } catch {}
      if (!parsed || typeof parsed.id !== "string" || !/^[0-9a-f]{1,64}$/.test(parsed.id)) return /** @type {[number, string]} */ (bad);
      if (parsed.bound === null || parsed.bound === undefined) continue;
      if (parsed.bound !== "$@1") return /** @type {[number, string]} */ (bad);
      const bound = form.get(`$ACTION_${ref[1]}:1`);
      if (typeof bound !== "string" || checkJson(bound, false)) return /** @type {[number, string]} */ (bad);
      continue;
    }
    if (/^\$ACTION_\d{1,4}:[01]$/.test(name)) continue;
    return /** @type {[number, string]} */ (bad);
  }
  return null;
}

/** @param {string} text @param {boolean} allowFormData @returns {[number, string] | null} */
function checkJson(text, allowFormData) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return [400, "Malformed server action arguments"];
  }
  if (!Array.isArray(value) || !plainReply(value, allowFormData)) return [400, "Malformed server action arguments"];
  return null;
}

/** @param {import("node:http").IncomingMessage} req @returns {Promise<Buffer | null>} null when over the limit */
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on("end", () => resolve(size > limit ? null : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** The same request with its body already read, for Next to read again. @param {import("node:http").IncomingMessage} req @param {Buffer} body */
function replay(req, body) {
  const copy = new IncomingMessage(req.socket);
  copy.method = req.method;
  copy.url = req.url;
  copy.httpVersion = req.httpVersion;
  copy.httpVersionMajor = req.httpVersionMajor;
  copy.httpVersionMinor = req.httpVersionMinor;
  copy.headers = { ...req.headers, "content-length": String(body.length) };
  delete copy.headers["transfer-encoding"];
  copy.rawHeaders = Object.entries(copy.headers).flatMap(([k, v]) => (Array.isArray(v) ? v.flatMap((x) => [k, x]) : [k, String(v)]));
  // Marked complete: an IncomingMessage destroyed before it was complete destroys its socket.
  copy.complete = true;
  copy.push(body);
  copy.push(null);
  return copy;
}

/**
 * @param {{ trustProxy?: number }} [options]
 * @returns {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse, next: (req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => unknown) => Promise<unknown>}
 */
function createRequestGuard(options = {}) {
  const trustProxy = options.trustProxy ?? 0;
  return async function guard(req, res, next) {
    const client = clientOf(req, trustProxy);
    const https = client.proto === "https";
    delete req.headers[CLIENT_HEADERS.address];
    delete req.headers[CLIENT_HEADERS.proto];
    if (trustProxy === 0) for (const h of FORWARDED) delete req.headers[h];
    else {
      req.headers["x-forwarded-proto"] = client.proto;
      if (client.host) req.headers["x-forwarded-host"] = client.host;
    }
    req.headers[CLIENT_HEADERS.address] = client.address;
    req.headers[CLIENT_HEADERS.proto] = client.proto;

    // HSTS only on answers to HTTPS requests, including cached pages first stored for another request.
    const writeHead = res.writeHead.bind(res);
    res.writeHead = /** @type {typeof res.writeHead} */ (
      /** @param {any[]} args */ (...args) => {
        const headers = args.find((a, i) => i > 0 && a && typeof a === "object");
        if (headers && !Array.isArray(headers)) for (const k of Object.keys(headers)) if (k.toLowerCase() === "strict-transport-security") delete headers[k];
        res.removeHeader("strict-transport-security");
        if (https) res.setHeader("Strict-Transport-Security", HSTS);
        return /** @type {any} */ (writeHead)(...args);
      }
    );

    /** @param {number} status @param {string} message */
    const refuse = (status, message) => {
      res.statusCode = status;
      for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.setHeader("Cache-Control", "no-store");
      res.end(`${message}\n`);
    };

    if (!validPath(req.url ?? "/")) return refuse(400, "Bad Request: the path is not valid percent-encoding");

    if (req.method === "POST" && req.headers["next-action"] !== undefined) {
      const origin = req.headers.origin;
      let sameOrigin = origin === undefined;
      if (origin !== undefined && origin !== "null") {
        try {
          sameOrigin = new URL(origin).host === client.host;
        } catch {}
      }
      if (!sameOrigin) return refuse(403, "Forbidden: cross-origin server action");
      const body = await readBody(req, MAX_ACTION_BODY);
      if (body === null) return refuse(413, "Payload Too Large");
      const problem = await checkActionBody(String(req.headers["content-type"] ?? ""), body);
      if (problem) return refuse(problem[0], `Bad Request: ${problem[1]}`);
      return next(replay(req, body), res);
    }
    const type = String(req.headers["content-type"] ?? "").toLowerCase();
    if (req.method === "POST" && !(req.url ?? "").startsWith("/api/") && (type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded"))) {
      const body = await readBody(req, MAX_ACTION_BODY);
      if (body === null) return refuse(413, "Payload Too Large");
      const problem = await checkFormAction(String(req.headers["content-type"]), body);
      if (problem) return refuse(problem[0], `Bad Request: ${problem[1]}`);
      return next(replay(req, body), res);
    }
    return next(req, res);
  };
}

module.exports = { createRequestGuard, parseTrustProxy, CLIENT_HEADERS, checkActionBody };
