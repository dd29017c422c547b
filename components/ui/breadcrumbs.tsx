import Link from "next/link";
import { getDictionary } from "@/lib/i18n";

export interface Crumb {
  label: string;
  href?: string;
}

/** Where this page sits: Overview › Sector › Indicator. The last crumb is the current page. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label={getDictionary().a11y.breadcrumb} className="mb-4 text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-slate-600">
        {items.map((c, i) => (
          <li key={`${c.label}-${i}`} className="inline-flex items-center gap-1">
            {i > 0 && <span aria-hidden="true">›</span>}
            {c.href && i < items.length - 1 ? (
              <Link href={c.href} className="text-sky-800 underline decoration-sky-300 hover:decoration-sky-800">
                {c.label}
              </Link>
            ) : (
              <span aria-current={i === items.length - 1 ? "page" : undefined} className="text-slate-900">
                {c.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
