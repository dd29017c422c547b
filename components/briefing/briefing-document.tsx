import { ChartView } from "@/components/charts/chart-view";
import { readableUrl } from "@/lib/briefing/footnotes";
import type { BriefingLine, BriefingView } from "@/lib/briefing/view";
import { getDictionary } from "@/lib/i18n";
import { briefingText } from "@/lib/i18n/server-texts";

/** Footnote references: each number links to its source line at the end. */
function Notes({ notes }: { notes: number[] }) {
  if (notes.length === 0) return null;
  const t = getDictionary();
  return (
    <sup className="briefing-ref">
      {notes.map((n, i) => (
        <span key={n}>
          {i > 0 && ","}
          <a href={`#fn-${n}`} data-footnote-ref={n} aria-label={t.a11y.sourceNote(n)}>
            {n}
          </a>
        </span>
      ))}
    </sup>
  );
}

function Lines({ lines }: { lines: BriefingLine[] }) {
  return (
    <ul className="briefing-list space-y-1 text-sm text-slate-800">
      {lines.map((l) => (
        <li key={l.text}>
          {l.text}
          <Notes notes={l.notes} />
        </li>
      ))}
    </ul>
  );
}

/**
 * The briefing as a page: the same view object the PDF draws (lib/briefing/view.ts), laid out for
 * A4 (the briefing rules in app/globals.css keep it to two pages) and readable on screen.
 */
export function BriefingDocument({ view }: { view: BriefingView }) {
  const { headlines, documents, overdue, charts, footnotes } = view;
  return (
    <article className="briefing space-y-5" aria-labelledby="briefing-title">
      <header className="space-y-1 border-b border-slate-300 pb-3">
        <h1 id="briefing-title" className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl">
          {view.title}
        </h1>
        <p className="text-base font-medium text-slate-800">{view.scope}</p>
        <p className="text-sm text-slate-600">{view.prepared}</p>
        <p className="no-print text-sm text-slate-700">
          {briefingText.onScreen}{" "}
          <a href={view.pdfHref} className="font-medium text-sky-800 underline" aria-label={briefingText.pdfLabel} data-briefing-pdf>
            {briefingText.pdf}
          </a>
        </p>
      </header>

      <section aria-labelledby="briefing-headlines" className="space-y-2">
        <h2 id="briefing-headlines" className="text-lg font-semibold text-slate-900">
          {headlines.heading}
        </h2>
        <p className="text-xs text-slate-600">{headlines.lead}</p>
        <div className="overflow-x-auto">
          <table className="briefing-table w-full min-w-[36rem] border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300 text-xs text-slate-600">
                {headlines.columns.map((c, i) => (
                  <th key={c} scope="col" className={`py-1 pr-3 font-semibold ${i === 0 ? "w-[34%]" : "w-[22%]"}`}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {headlines.rows.map((r) => (
                <tr key={r.label} className="border-b border-slate-100 align-top">
                  <th scope="row" className="py-1 pr-3 font-medium text-slate-800">
                    {r.label}
                  </th>
                  {r.cells.map((c, i) => (
                    <td key={i} className="py-1 pr-3" data-figure={c ? "" : undefined}>
                      {c ? (
                        <>
                          <span className="font-semibold tabular-nums text-slate-900">{c.value}</span>
                          <Notes notes={[c.note]} />
                          <span className="block text-xs text-slate-600">
                            {c.period} · {c.status}
                          </span>
                        </>
                      ) : (
                        <span className="text-xs italic text-slate-500">{briefingText.notPublished}</span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <div className="briefing-columns grid gap-5 md:grid-cols-2">
        <section aria-labelledby="briefing-documents" className="space-y-2">
          <h2 id="briefing-documents" className="text-lg font-semibold text-slate-900">
            {documents.heading}
          </h2>
          <Lines lines={documents.lines} />
        </section>
        <section aria-labelledby="briefing-overdue" className="space-y-2">
          <h2 id="briefing-overdue" className="text-lg font-semibold text-slate-900">
            {overdue.heading}
          </h2>
          <p className="text-xs text-slate-600">{overdue.lead}</p>
          {overdue.groups.length === 0 && <p className="text-sm text-slate-700">{overdue.none}</p>}
          {overdue.groups.map((g) => (
            <div key={g.project} className="space-y-0.5">
              <h3 className="text-sm font-semibold text-slate-800">{g.project}</h3>
              <Lines lines={g.items} />
            </div>
          ))}
        </section>
      </div>

      {/* Charts and sources: on paper one flow of columns, so the sources fill the space beside the shorter charts. */}
      <div className="briefing-tail space-y-5">
        <section aria-labelledby="briefing-charts" className="space-y-2">
          <h2 id="briefing-charts" className="text-lg font-semibold text-slate-900">
            {charts.heading}
          </h2>
          {charts.items.length === 0 && <p className="text-sm text-slate-700">{charts.none}</p>}
          <div className="briefing-charts grid gap-4 md:grid-cols-2">
            {charts.items.map((c) => (
              <figure key={c.spec.model.id} className="space-y-1" data-chart-figure={c.spec.model.id}>
                <figcaption className="text-sm font-medium text-slate-800">
                  {c.heading}
                  <Notes notes={c.notes} />
                </figcaption>
                <ChartView model={c.spec.model} />
              </figure>
            ))}
          </div>
        </section>

        <section aria-labelledby="briefing-footnotes" className="space-y-1 border-t border-slate-300 pt-2">
          <h2 id="briefing-footnotes" className="text-base font-semibold text-slate-900">
            {footnotes.heading}
          </h2>
          <ol className="briefing-footnotes space-y-0.5 text-xs text-slate-700">
            {footnotes.items.map((f) => (
              <li key={f.n} id={`fn-${f.n}`} data-footnote={f.n}>
                <span className="font-semibold tabular-nums">{f.n}.</span> {f.line}{" "}
                <a href={f.url} className="break-all text-sky-800 underline">
                  {readableUrl(f.url)}
                </a>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </article>
  );
}
