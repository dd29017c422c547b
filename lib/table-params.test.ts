import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ADMIN_PAGE_SIZES,
  ADMIN_SECTORS,
  ADMIN_SORTS,
  DEFAULT_ADMIN_STATE,
  FIGURE_PAGE,
  adminStateToQuery,
  decodeCursor,
  encodeCursor,
  parseAdminState,
  parseAdminStateStrict,
  parseFigurePageStrict,
} from "./table-params";

const q = (s: string) => new URLSearchParams(s);
const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom("-1", "0", "-0", "1e9", "99999999999999999999", "NaN", "Infinity", "0x10", "1.5", " 2 ", "<script>", "' or 1=1 --", "%00", "__proto__", "constructor"),
);

describe("admin table URL state (page: lenient)", () => {
  it("reads a valid view", () => {
    expect(parseAdminState(q("sector=energy&q=oil&sort=value&dir=desc&page=3&size=50"))).toEqual({ sector: "energy", q: "oil", sort: "value", dir: "desc", page: 3, size: 50 });
    expect(parseAdminState(q(""))).toEqual(DEFAULT_ADMIN_STATE);
  });

  it("falls back per parameter on hostile values: negative page, huge size, unknown sort column", () => {
    expect(parseAdminState(q("page=-4&size=100000&sort=password&dir=sideways&sector=mining"))).toEqual(DEFAULT_ADMIN_STATE);
    expect(parseAdminState(q("page=2.5")).page).toBe(1);
    expect(parseAdminState(q("page=3&sort=__proto__")).page).toBe(3);
  });

  it("never throws and always yields a valid state, whatever the URL holds", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("page", "size", "sort", "dir", "sector", "q", "x"), hostile), (params) => {
        const s = parseAdminState(params);
        expect(Number.isInteger(s.page) && s.page >= 1).toBe(true);
        expect(ADMIN_PAGE_SIZES).toContain(s.size);
        expect(ADMIN_SORTS).toContain(s.sort);
        expect(["asc", "desc"]).toContain(s.dir);
        expect(ADMIN_SECTORS).toContain(s.sector);
        expect(s.q.length).toBeLessThanOrEqual(100);
        // The query string of a parsed state reads back as the same state.
        expect(parseAdminState(q(adminStateToQuery(s).slice(1)))).toEqual(s);
      }),
      { numRuns: 1000 },
    );
  });
});

describe("admin table URL state (API: strict)", () => {
  it("names each bad parameter", () => {
    const r = parseAdminStateStrict(q("page=-1&size=1000000&sort=password"));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(["page", "size", "sort"]);
  });

  it("accepts what the lenient parser writes back", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("page", "size", "sort", "dir", "sector", "q"), hostile), (params) => {
        const s = parseAdminState(params);
        const r = parseAdminStateStrict(q(adminStateToQuery(s).slice(1)));
        expect(r).toEqual({ ok: true, value: s });
      }),
      { numRuns: 500 },
    );
  });
});

describe("figure pages of the JSON API", () => {
  it("defaults the limit and refuses one past the maximum, zero or negative", () => {
    expect(parseFigurePageStrict(q(""))).toEqual({ ok: true, value: { limit: FIGURE_PAGE.defaultLimit, cursor: undefined, indicator: undefined } });
    for (const bad of ["0", "-5", String(FIGURE_PAGE.maxLimit + 1), "1e9", "ten", "2.5"]) {
      const r = parseFigurePageStrict(q(`limit=${bad}`));
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.errors.limit).toMatch(/1 to 200|whole number/);
    }
  });

  it("round-trips a cursor it gave out and refuses anything else", () => {
    const c = [2, 1, 7, "2024-12-31", "2024-01-01", 123] as const;
    expect(decodeCursor(encodeCursor([...c]))).toEqual([...c]);
    const r = parseFigurePageStrict(q(`cursor=${encodeCursor([...c])}&limit=10`));
    expect(r).toEqual({ ok: true, value: { limit: 10, cursor: [...c], indicator: undefined } });
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (raw) => {
        const parsed = parseFigurePageStrict(q(`cursor=${encodeURIComponent(raw)}`));
        // Whatever arrives is either a well-formed cursor or a named error, never a throw.
        if (parsed.ok) expect(parsed.value.cursor === undefined || parsed.value.cursor.length === 6).toBe(true);
        else expect(parsed.errors.cursor).toBeTruthy();
      }),
      { numRuns: 1000 },
    );
    expect(parseFigurePageStrict(q(`cursor=${btoa(JSON.stringify([1, 2, -3, "x", "y", 0]))}`)).ok).toBe(false);
  });

  it("refuses an indicator that is not a slug", () => {
    expect(parseFigurePageStrict(q("indicator=../../etc")).ok).toBe(false);
    expect(parseFigurePageStrict(q("indicator=trade-turnover")).ok).toBe(true);
  });
});
