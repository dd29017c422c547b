// Calls the app's server actions over HTTP the way the browser does, for the reliability benches.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
// The production build of React's client, as the browser runs it (and without development warnings).
process.env.NODE_ENV = "production";
/** React's own client encoder, the one the browser bundle uses to send action arguments. */
const { encodeReply } = require("next/dist/compiled/react-server-dom-turbopack/client.node.js");

/** Action ids by export name, from the production build. */
export function actionIds() {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8"));
  return Object.fromEntries(Object.entries(manifest.node).map(([id, v]) => [v.exportedName, id]));
}

/** The body and content type the browser sends for these arguments. */
export async function browserEncode(args) {
  const encoded = await encodeReply(args);
  if (typeof encoded === "string") return { body: encoded, contentType: "text/plain;charset=UTF-8" };
  const res = new Response(encoded);
  return { body: Buffer.from(await res.arrayBuffer()), contentType: res.headers.get("content-type") };
}

/** Reads the action's return value from the RSC reply (row 1 holds it). */
export function actionResult(text) {
  for (const line of text.split("\n")) {
    const m = /^1:(.*)$/.exec(line);
    if (m) {
      try {
        return JSON.parse(m[1]);
      } catch {
        return null;
      }
    }
  }
  return null;
}

/**
 * POSTs an action call. `raw` sends a prepared { body, contentType } as is (wire-level tests);
 * otherwise `args` are encoded as the browser encodes them. `localAddress` picks the loopback
 * address the request comes from (127.0.0.x), so one machine can be several clients.
 */
export async function callAction(base, id, { args, raw, cookie, headers = {}, path = "/en/admin", localAddress } = {}) {
  const { body, contentType } = raw ?? (await browserEncode(args));
  const init = {
    method: "POST",
    headers: { "next-action": id, origin: base, ...(contentType ? { "content-type": contentType } : {}), ...(cookie ? { cookie } : {}), ...headers },
    body,
    redirect: "manual",
  };
  const res = await request(base + path, init, localAddress);
  return res;
}

/** A minimal fetch over node:http so that the local address can be chosen. */
import http from "node:http";
export function request(url, init = {}, localAddress) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: init.method ?? "GET", headers: init.headers, localAddress, agent: false }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => {
        const text = Buffer.concat(chunks).toString("utf8");
        resolve({ status: res.statusCode, headers: res.headers, text, setCookie: res.headers["set-cookie"] ?? [] });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    if (init.body !== undefined) req.write(init.body);
    req.end();
  });
}

/** Signs in through signInAction as the browser's form submission does; resolves to the session cookie or null. */
export async function signIn(base, ids, { email, password, localAddress, headers }) {
  const form = new FormData();
  form.set("email", email);
  form.set("password", password);
  const res = await callAction(base, ids.signInAction, { args: [{}, form], localAddress, headers, path: "/en/login" });
  const cookie = res.setCookie.map((c) => c.split(";")[0]).find((c) => /azkz_session=[^;]+/.test(c));
  return { res, cookie: cookie ?? null, result: actionResult(res.text) };
}

/** The editable fields of an observation row (camelCase or the table's snake_case), as the admin table sends them. */
export function observationFields(row) {
  const keys = ["periodStart", "periodEnd", "periodLabel", "periodType", "value", "qualifier", "status", "reporter", "sourceId", "confidence", "note"];
  const snake = (k) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  return Object.fromEntries(keys.map((k) => [k, row[k] ?? row[snake(k)] ?? undefined]));
}

/**
 * One editor saving the same observation over and over, each save a unique note. Resolves with
 * the notes the server acknowledged ({ ok: true }) once `shouldStop()` or a connection error ends it.
 */
export async function editUntil(base, ids, { cookie, row, tag, shouldStop, onAck = () => {} }) {
  let version = row.version;
  const acknowledged = [];
  for (let n = 0; !shouldStop(); n++) {
    const note = `${tag}-${n}`;
    let res;
    try {
      res = await callAction(base, ids.updateObservationAction, {
        cookie,
        path: "/en/admin/indicators",
        args: [{ id: row.id, version, reason: "bench", fields: { ...observationFields(row), note } }],
      });
    } catch {
      break; // the server went away: this save was never acknowledged
    }
    const result = actionResult(res.text);
    if (result?.ok) {
      version = result.data.version;
      acknowledged.push(note);
      onAck(note);
    } else if (result?.status === "conflict") {
      version = result.conflict.version; // a save that committed but whose answer was lost
    } else if (res.status >= 500 || !result) {
      break;
    }
  }
  return acknowledged;
}
