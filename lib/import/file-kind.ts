export type FileKind = "csv" | "xlsx";

export function fileKindOf(name: string): FileKind | null {
  const lower = name.trim().toLowerCase();
  return lower.endsWith(".csv") ? "csv" : lower.endsWith(".xlsx") ? "xlsx" : null;
}
