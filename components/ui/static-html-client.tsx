"use client";

import { createElement, useCallback } from "react";
import { takeHtml } from "@/lib/html-handoff";

export type StaticTag = "div" | "tbody" | "ul";

// Browser: the markup each token stood for when its page was hydrated, so that a later render
// of the same page data (a back navigation served from the router's cache) draws it again.
const seen = new Map<string, string>();

/**
 * The client half of components/ui/static-html.tsx. Given `html` (a client navigation's data),
 * it renders it. Given a `token` (a page load), the HTML render takes the markup from the
 * hand-off and the browser keeps what the document already holds: React does not compare the
 * markup of a `dangerouslySetInnerHTML` element when it hydrates.
 */
export function StaticHtmlClient({ token, html, as = "div", className }: { token?: string; html?: string; as?: StaticTag; className?: string }) {
  const keep = useCallback(
    (el: HTMLElement | null) => {
      if (!el || !token) return;
      if (el.innerHTML) seen.set(token, el.innerHTML);
      // Mounted from page data whose markup this window never saw: only a fresh load can draw it.
      else if (!seen.has(token)) window.location.reload();
    },
    [token],
  );
  let markup = html ?? "";
  if (html === undefined && token) markup = typeof window === "undefined" ? takeHtml(token) : (seen.get(token) ?? "");
  return createElement(as, { ref: keep, className, dangerouslySetInnerHTML: { __html: markup }, suppressHydrationWarning: true });
}
