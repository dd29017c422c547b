"use client";

import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import type { ChartSpec } from "@/lib/charts/spec";
import type { ExportChoice } from "@/lib/export/file-name";
import { embedIframe } from "@/lib/share/embed";

// A type-only import of the file-name module keeps its code out of the page until a file is asked for.
const FORMATS: ExportChoice[] = ["png", "png-social", "png-print", "svg", "csv"];

/**
 * A menu button (WAI-ARIA APG menu button pattern) that downloads the chart as PNG (three sizes), SVG or CSV.
 * Arrow keys move between items, Escape closes and returns focus to the button. The export code
 * loads only when an item is chosen, so it costs the page nothing until then.
 */
/** The menu's words, resolved on the server so no dictionary ships to the browser; "{x}" marks what is filled in. */
export interface ExportMenuLabels {
  button: string;
  buttonLabel: string;
  items: Record<ExportChoice, string>;
  formatName: Record<ExportChoice, string>;
  working: string;
  done: string;
  failed: string;
  retry: string;
  dismiss: string;
  copyLink: string;
  copyEmbed: string;
  linkCopied: string;
  embedCopied: string;
  copyFailed: string;
}

/** What the menu's share items copy: the chart's own link (its view, at the chart) and its embed page. */
export interface ChartShare {
  /** Site-relative link to the chart in its view. */
  link: string;
  /** Site-relative path of the chart's /embed page. */
  embed: string;
  title: string;
}

const fill = (template: string, value: string) => template.replace("{x}", value);

export function ExportMenu({
  labels,
  specUrl,
  viewHref,
  share,
  className = "relative",
}: {
  labels: ExportMenuLabels;
  /** Where the chart's export description is fetched when a file is asked for, so the page does not ship the series twice. */
  specUrl: string;
  /** The canonical, site-relative URL of the page the chart is on (lib/search-params.ts `viewHref`): the files' permalink, as "Copy link" gives it. */
  viewHref: string;
  /** With it, the menu also copies the chart's link and its embed code (where the page has no room for those buttons). */
  share?: ChartShare;
  /** Positioning; must establish a containing block for the popup (relative or absolute). */
  className?: string;
}) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState<ExportChoice | null>(null);
  const [failed, setFailed] = useState<ExportChoice | null>(null);
  const [done, setDone] = useState("");
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const id = useId();
  // Tells tests (and nothing else) that the button is hydrated and will respond.
  const ready = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );

  useEffect(() => {
    if (open) items.current[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  function openAt(index: number) {
    setActive(index);
    setOpen(true);
  }

  function close(returnFocus: boolean) {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  }

  async function run(format: ExportChoice) {
    setBusy(format);
    setFailed(null);
    setDone("");
    try {
      const [{ buildExport }, { downloadBlob }, spec] = await Promise.all([
        import("@/lib/export/run-export"),
        import("@/lib/export/browser"),
        fetch(specUrl).then((res) => {
          if (!res.ok) throw new Error(`Export description: HTTP ${res.status}`);
          return res.json() as Promise<ChartSpec>;
        }),
      ]);
      const { origin } = window.location;
      // The images wrap the chart as the page drew it: its wide drawing, in the same figure as this menu.
      const chart = root.current?.closest("[data-chart-figure]")?.querySelector<SVGSVGElement>('svg[data-variant="wide"]') ?? null;
      const { blob, fileName } = await buildExport(spec, format, { origin, viewUrl: `${origin}${viewHref}`, now: new Date(), chart });
      downloadBlob(blob, fileName);
      setDone(fill(labels.done, fileName));
    } catch (error) {
      console.error(error);
      setFailed(format);
    } finally {
      setBusy(null);
    }
  }

  async function copy(text: string, copied: string) {
    setFailed(null);
    try {
      await navigator.clipboard.writeText(text);
      setDone(copied);
    } catch {
      setDone(labels.copyFailed);
    }
  }

  // The downloads, then (where the page passes them) the chart's link and embed code.
  const entries: { key: string; label: string; act: () => void }[] = [
    ...FORMATS.map((format) => ({ key: format, label: labels.items[format], act: () => void run(format) })),
    ...(share
      ? [
          { key: "link", label: labels.copyLink, act: () => void copy(new URL(share.link, window.location.origin).href, labels.linkCopied) },
          { key: "embed", label: labels.copyEmbed, act: () => void copy(embedIframe(new URL(share.embed, window.location.origin).href, share.title), labels.embedCopied) },
        ]
      : []),
  ];

  function onButtonKeyDown(e: KeyboardEvent<HTMLButtonElement>) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      openAt(e.key === "ArrowDown" ? 0 : entries.length - 1);
    }
  }

  function onMenuKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    const last = entries.length - 1;
    const move: Record<string, number> = { ArrowDown: active === last ? 0 : active + 1, ArrowUp: active === 0 ? last : active - 1, Home: 0, End: last };
    if (e.key in move) {
      e.preventDefault();
      setActive(move[e.key] ?? 0);
    } else if (e.key === "Escape") {
      e.preventDefault();
      close(true);
    } else if (e.key === "Tab") {
      close(false);
    }
  }

  const menuId = `${id}-menu`;
  const buttonId = `${id}-button`;
  return (
    <div ref={root} className={`flex flex-col items-end gap-1 ${className}`} data-export-ready={ready ? "" : undefined}>
      <button
        ref={button}
        id={buttonId}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={labels.buttonLabel}
        aria-busy={busy !== null}
        onClick={() => (open ? close(true) : openAt(0))}
        onKeyDown={onButtonKeyDown}
        className="btn-xs"
      >
        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
          <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M2.5 13.5h11" />
        </svg>
        {labels.button}
      </button>
      {open && (
        <div
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          onKeyDown={onMenuKeyDown}
          className="absolute right-0 top-full z-20 mt-1 min-w-40 rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg"
        >
          {entries.map((entry, i) => (
            <button
              key={entry.key}
              ref={(el) => {
                items.current[i] = el;
              }}
              type="button"
              role="menuitem"
              tabIndex={i === active ? 0 : -1}
              onMouseEnter={() => setActive(i)}
              onClick={() => {
                close(true);
                entry.act();
              }}
              className="block w-full px-3 py-1.5 text-left text-slate-800 hover:bg-slate-100 focus:bg-slate-100"
            >
              {entry.label}
            </button>
          ))}
        </div>
      )}
      {failed && (
        <div role="alert" className="z-10 max-w-xs rounded-md border border-red-200 bg-red-50 p-2 text-xs text-red-900 shadow-md">
          <p>{fill(labels.failed, labels.formatName[failed])}</p>
          <div className="mt-1.5 flex gap-2">
            <button type="button" onClick={() => void run(failed)} className="rounded border border-red-300 bg-white px-2 py-0.5 font-medium text-red-900 hover:bg-red-100">
              {labels.retry}
            </button>
            <button type="button" onClick={() => setFailed(null)} className="rounded px-2 py-0.5 text-red-900 underline">
              {labels.dismiss}
            </button>
          </div>
        </div>
      )}
      <p role="status" className={busy ? "text-xs text-slate-600" : "sr-only"}>
        {busy ? fill(labels.working, labels.formatName[busy]) : done}
      </p>
    </div>
  );
}
