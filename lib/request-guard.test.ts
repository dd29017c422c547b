import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";

type Guard = (req: IncomingMessage, res: ServerResponse, next: (req: IncomingMessage, res: ServerResponse) => unknown) => Promise<unknown>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createRequestGuard, parseTrustProxy } = require("./request-guard.js") as { createRequestGuard(o?: { trustProxy?: number }): Guard; parseTrustProxy(v?: string): number };

let server: Server | undefined;
afterEach(() => server?.close());

/** A server behind the guard whose handler echoes the request headers the app would see. */
async function start(trustProxy: number): Promise<number> {
  const guard = createRequestGuard({ trustProxy });
  server = createServer((req, res) =>
    guard(req, res, (r, s) => {
      s.setHeader("content-type", "application/json");
      s.end(JSON.stringify(r.headers));
    }),
  );
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

function get(port: number, headers: Record<string, string>, path = "/"): Promise<{ status: number; headers: IncomingMessage["headers"]; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ port, host: "127.0.0.1", path, headers }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("request guard: who the client is", () => {
  it("without TRUST_PROXY takes the socket's address and protocol and drops what the client claims", async () => {
    const port = await start(0);
    const seen = JSON.parse((await get(port, { "x-forwarded-for": "203.0.113.9", "x-forwarded-proto": "https", "x-azkz-client-address": "198.51.100.1", "x-azkz-client-proto": "https" })).body);
    expect(seen["x-azkz-client-address"]).toBe("127.0.0.1");
    expect(seen["x-azkz-client-proto"]).toBe("http");
    expect(seen["x-forwarded-for"]).toBeUndefined();
    expect(seen["x-forwarded-proto"]).toBeUndefined();
  });

  it("with TRUST_PROXY=1 takes the address the proxy appended, not one the client put before it", async () => {
    const port = await start(1);
    const res = await get(port, { "x-forwarded-for": "198.51.100.1, 203.0.113.9", "x-forwarded-proto": "https" });
    const seen = JSON.parse(res.body);
    expect(seen["x-azkz-client-address"]).toBe("203.0.113.9");
    expect(seen["x-azkz-client-proto"]).toBe("https");
    expect(res.headers["strict-transport-security"]).toMatch(/^max-age=\d+/);
    expect((await get(port, {})).headers["strict-transport-security"]).toBeUndefined();
  });

  it("reads TRUST_PROXY as a count of proxies and refuses anything else", () => {
    expect(parseTrustProxy(undefined)).toBe(0);
    expect(parseTrustProxy("2")).toBe(2);
    expect(parseTrustProxy("true")).toBe(1);
    expect(() => parseTrustProxy("yes")).toThrow(/TRUST_PROXY/);
  });

  it("answers a path with broken percent-encoding with 400 and the security headers", async () => {
    const port = await start(0);
    const res = await get(port, {}, "/sectors/%ED%A0%80");
    expect(res.status).toBe(400);
    expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
    expect((await get(port, {}, "/sectors/%C3%A9")).status).toBe(200);
  });
});
