"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

type State = { kind: "idle" } | { kind: "loading" } | { kind: "done"; html: string } | { kind: "failed" };

/**
 * A chart's figure table, fetched when the <details> around it is first opened: its markup comes
 * from the data API (`format=table`, drawn by the same FigureTableBody as every figure table), so a
 * page of eight charts does not carry eight closed tables (a third of a sector page at 100× the
 * data). Until then, and without JavaScript, `children` say where every figure is listed.
 */
export function LazyFigureTable({ src, loading, failed, children }: { src: string; loading: string; failed: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<State>({ kind: "idle" });
  useEffect(() => {
    const details = ref.current?.closest("details");
    if (!details) return;
    const controller = new AbortController();
    let started = false;
    const load = () => {
      if (started || !details.open) return;
      started = true;
      setState({ kind: "loading" });
      fetch(src, { headers: { accept: "text/html" }, signal: controller.signal })
        .then((res) => (res.ok ? res.text() : Promise.reject(new Error(`HTTP ${res.status}`))))
        .then(
          (html) => setState({ kind: "done", html }),
          () => {
            if (controller.signal.aborted) return;
            // The next opening tries again.
            started = false;
            setState({ kind: "failed" });
          },
        );
    };
    details.addEventListener("toggle", load);
    // Opened before the page was interactive.
    load();
    return () => {
      details.removeEventListener("toggle", load);
      controller.abort();
    };
  }, [src]);
  return (
    <div ref={ref} data-figure-table={state.kind}>
      {state.kind === "done" ? (
        <div className="relative overflow-x-auto" dangerouslySetInnerHTML={{ __html: state.html }} />
      ) : state.kind === "loading" ? (
        <p role="status" className="text-xs text-slate-600">
          {loading}
        </p>
      ) : (
        <>
          {state.kind === "failed" && (
            <p role="alert" className="text-xs text-red-800">
              {failed}
            </p>
          )}
          {children}
        </>
      )}
    </div>
  );
}
