/**
 * next/headers for server-action tests: the session cookie lives in a plain map. A test file mocks
 * the module with `vi.mock("next/headers", async () => (await import(<this file>)).nextHeaders)`
 * (vi.mock is hoisted per file, so that one line stays there) and clears `cookieJar` between tests.
 */
export const cookieJar = new Map<string, string>();

export const nextHeaders = {
  cookies: async () => ({
    get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name) } : undefined),
    set: (name: string, value: string) => cookieJar.set(name, value),
    delete: (name: string) => cookieJar.delete(name),
  }),
  headers: async () => new Headers({ host: "127.0.0.1:3000" }),
};
