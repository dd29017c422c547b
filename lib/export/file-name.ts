import type { Reporter } from "../constants";

export type ExportFormat = "png" | "svg" | "csv";

/** What the export menu offers: a format, and for PNG a size (the default 2× frame, a 1200×675 social card, a print size). */
export type ExportChoice = "png" | "png-social" | "png-print" | "svg" | "csv";

export function choiceFormat(choice: ExportChoice): ExportFormat {
  return choice.startsWith("png") ? "png" : (choice as ExportFormat);
}

/** Lower-case ASCII words joined by hyphens: "Jan–Aug 2025 (Trend)" → "jan-aug-2025-trend". */
export function slugify(text: string): string {
  return (
    text
      // Azerbaijani letters that have no decomposition into a Latin base letter.
      .replace(/[əƏ]/g, "e")
      .replace(/ı/g, "i")
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
  );
}

/** Which sides' statistics a chart holds, in words a file name can carry; nothing when joint or mixed figures are in it. */
function reporterPart(reporters: Reporter[]): string {
  const set = new Set(reporters);
  if (set.size === 1 && set.has("az")) return "az-side";
  if (set.size === 1 && set.has("kz")) return "kz-side";
  if (set.size === 2 && set.has("az") && set.has("kz")) return "az-and-kz-sides";
  return "";
}

/**
 * Several indicator slugs in one name without repeating their shared first words:
 * ["investment-az-in-kz", "investment-kz-in-az"] → "investment-az-in-kz-and-kz-in-az".
 */
function indicatorPart(slugs: string[]): string {
  const [first, ...rest] = slugs;
  if (!first) return "chart";
  const head = first.split("-");
  const others = rest.map((slug) => {
    const words = slug.split("-");
    let i = 0;
    while (i < words.length - 1 && words[i] === head[i]) i++;
    return words.slice(i).join("-");
  });
  return [first, ...others].join("-and-");
}

const MAX_BASE_LENGTH = 120;

/**
 * A file name that says what is in the file: indicator, whose statistics, which years.
 * "trade-turnover-az-side-2019-2025". Years are those the data covers, not the filter's bounds.
 */
export function exportFileBase(input: { indicatorSlugs: string[]; reporters: Reporter[]; years: [number, number] | null }): string {
  const years = input.years ? (input.years[0] === input.years[1] ? String(input.years[0]) : `${input.years[0]}-${input.years[1]}`) : "";
  const parts = [indicatorPart(input.indicatorSlugs.map(slugify).filter(Boolean)), reporterPart(input.reporters), years].filter(Boolean);
  const base = slugify(parts.join("-"));
  if (base.length <= MAX_BASE_LENGTH) return base;
  // Keep the years at the end when the indicator part has to be shortened.
  const tail = slugify([reporterPart(input.reporters), years].filter(Boolean).join("-"));
  const head = base.slice(0, MAX_BASE_LENGTH - tail.length - 1).replace(/-+$/, "");
  return tail ? `${head}-${tail}` : head;
}

const SIZE_SUFFIX: Partial<Record<ExportChoice, string>> = { "png-social": "-social-card", "png-print": "-print" };

/** "trade-turnover-2019-2025.png", "…-social-card.png", "…-print.png": the size is in the name too. */
export function exportFileName(base: string, choice: ExportChoice): string {
  return `${base || "chart"}${SIZE_SUFFIX[choice] ?? ""}.${choiceFormat(choice)}`;
}
