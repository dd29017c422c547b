import type { ReactNode } from "react";

export function Card({ children, className = "", as: Tag = "section", ...rest }: { children: ReactNode; className?: string; as?: "section" | "article" | "div"; "aria-labelledby"?: string }) {
  return (
    <Tag className={`rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5 ${className}`} {...rest}>
      {children}
    </Tag>
  );
}

/** A card that is a page section: its heading names it for assistive technology (aria-labelledby). */
export function TitledCard({ id, title, size = "lg", spaced = true, children }: { id: string; title: ReactNode; size?: "base" | "lg"; spaced?: boolean; children: ReactNode }) {
  return (
    <Card aria-labelledby={id}>
      <h2 id={id} className={`${spaced ? "mb-2 " : ""}${size === "lg" ? "text-lg" : "text-base"} font-semibold text-slate-900`}>
        {title}
      </h2>
      {children}
    </Card>
  );
}
