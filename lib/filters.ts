// The URL grammar lives in lib/search-params.ts; this name is kept for the modules that import it.
export * from "./search-params";
