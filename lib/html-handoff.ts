/**
 * A process-local hand-off of static markup from the server-component render of a page load to
 * the HTML render of the same request (components/ui/static-html.tsx). The page's data (the
 * React flight data inlined in the HTML) then carries a short token instead of a second, escaped
 * copy of every chart drawing and figure table. Both renders run in this process but in separate
 * module graphs, hence the global symbol. Entries live until read (plus a second, for React's
 * retries of a render) or at most a minute when a render is abandoned.
 */
const STORE = Symbol.for("az-kz-monitor.html-handoff");
const TTL_MS = 60_000;
const AFTER_READ_MS = 1_000;

interface Entry {
  html: string;
  expires: number;
  read: boolean;
}

function store(): Map<string, Entry> {
  const g = globalThis as typeof globalThis & { [STORE]?: Map<string, Entry> };
  return (g[STORE] ??= new Map());
}

let lastSweep = 0;
function sweep(now: number) {
  if (now - lastSweep < 1_000) return;
  lastSweep = now;
  for (const [token, entry] of store()) if (entry.expires <= now) store().delete(token);
}

/** Leaves markup for this request's HTML render; returns the token that finds it. */
export function putHtml(html: string): string {
  const now = Date.now();
  sweep(now);
  const token = crypto.randomUUID();
  store().set(token, { html, expires: now + TTL_MS, read: false });
  return token;
}

/** The markup left under a token. Throws when it is gone: a page without its charts must not pass as whole. */
export function takeHtml(token: string): string {
  const now = Date.now();
  const entry = store().get(token);
  if (!entry || entry.expires <= now) throw new Error("html-handoff: markup not found for this render");
  if (!entry.read) {
    entry.read = true;
    entry.expires = now + AFTER_READ_MS;
  }
  return entry.html;
}

/** Entries held now (for the unit test and the scale bench). */
export const handoffSize = (): number => store().size;
