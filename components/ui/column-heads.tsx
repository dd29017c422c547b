import type { ReactNode } from "react";

type Column = ReactNode | { label: ReactNode; className: string };

/** A table's header row: one column header per label, each with the table's header style (and a column's own, where it has one). */
export function ColumnHeads({ columns, cellClassName, className, rowClassName }: { columns: Column[]; cellClassName: string; className?: string; rowClassName?: string }) {
  return (
    <thead className={className}>
      <tr className={rowClassName}>
        {columns.map((c, i) => {
          const own = typeof c === "object" && c !== null && "label" in c ? c : null;
          return (
            <th key={i} scope="col" className={own ? `${own.className} ${cellClassName}` : cellClassName}>
              {own ? own.label : (c as ReactNode)}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
