import type { ReactNode } from "react";

export function Card({ children, className = "", as: Tag = "section", ...rest }: { children: ReactNode; className?: string; as?: "section" | "article" | "div"; "aria-labelledby"?: string }) {
  return (
    <Tag className={`rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5 ${className}`} {...rest}>
      {children}
    </Tag>
  );
}
