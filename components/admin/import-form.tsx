"use client";

import { useLocale } from "@/components/i18n/locale-provider";
import { useDictionary } from "@/components/i18n/use-dictionary";
import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { Fragment, useRef, useState } from "react";
import { applyImportAction, previewImportAction, type ImportActionResult, type ImportPreview } from "@/app/[locale]/admin/import/actions";
import type { ImportResult } from "@/db/mutations/import";
import { formatDate } from "@/lib/format";
import { IMPORT_LIMITS } from "@/lib/import/columns";
import { fileKindOf } from "@/lib/import/file-kind";
import type { FieldErrors } from "@/lib/schemas/common";
import { ColumnHeads } from "@/components/ui/column-heads";
import { localePath } from "@/lib/i18n/locales";

const inputClass = "mt-0.5 block w-full rounded border border-slate-300 px-2 py-1 text-sm aria-[invalid=true]:border-red-600";

type SourceOption = { id: number; publisher: string; title: string; publishedOn: string | null };

const STATUS_STYLE: Record<ImportPreview["rows"][number]["status"], string> = {
  new: "bg-emerald-100 text-emerald-900",
  changed: "bg-sky-100 text-sky-900",
  unchanged: "bg-slate-100 text-slate-700",
  conflict: "bg-amber-100 text-amber-900",
  invalid: "bg-red-100 text-red-900",
};

/** The bytes of the chosen file in base64: the server, not the browser, decides whether they are UTF-8. */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Why a row is refused or in conflict, and what a change changes (before → after, every stored digit). */
function RowDetails({ row: r }: { row: ImportPreview["rows"][number] }) {
  return (
    <>
      {r.issues.length > 0 && (
        <ul className="space-y-0.5">
          {r.issues.map((i, n) => (
            <li key={n} className={r.status === "conflict" ? "text-amber-900" : "text-red-800"}>
              <span className="font-semibold">{i.column}:</span> {i.message}
            </li>
          ))}
        </ul>
      )}
      {r.changes.length > 0 && (
        <ul className="space-y-0.5">
          {r.changes.map((c) => (
            <li key={c.field}>
              <span className="font-semibold">{c.field}:</span> <del className="text-red-800">{c.before || "—"}</del> → <ins className="text-emerald-800 no-underline">{c.after || "—"}</ins>
            </li>
          ))}
        </ul>
      )}
      {r.source && r.status !== "invalid" && r.status !== "unchanged" && r.changes.length === 0 && <span className="text-slate-600">{r.source}</span>}
    </>
  );
}

export function ImportForm({ sources }: { sources: SourceOption[] }) {
  const t = useDictionary();
  const locale = useLocale();
  const ti = t.admin.import;
  const fileRef = useRef<HTMLInputElement>(null);
  const [defaultSourceId, setDefaultSourceId] = useState("");
  const [asOf, setAsOf] = useState("");
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  // The file exactly as previewed: the apply sends these bytes again and the server checks them again.
  const [upload, setUpload] = useState<{ fileName: string; content: string } | null>(null);

  const fail = (r: Extract<ImportActionResult<unknown>, { ok: false }>) => {
    setErrors(r.fieldErrors ?? {});
    setMessage({ kind: "error", text: r.fieldErrors?.file ?? r.error });
    if (r.preview) setPreview(r.preview);
  };

  const previewMutation = useMutation({
    mutationFn: async () => {
      const file = fileRef.current?.files?.[0];
      if (!file) return { ok: false, error: ti.wrongType, fieldErrors: { fileName: ti.wrongType } } as const;
      if (!fileKindOf(file.name)) return { ok: false, error: ti.wrongType, fieldErrors: { fileName: ti.wrongType } } as const;
      if (file.size > IMPORT_LIMITS.maxBytes) return { ok: false, error: ti.tooLarge, fieldErrors: { fileName: ti.tooLarge } } as const;
      const next = { fileName: file.name, content: await base64Of(file) };
      setUpload(next);
      return previewImportAction({ ...next, defaultSourceId, asOf, reason, locale });
    },
    onMutate: () => {
      setMessage(null);
      setErrors({});
      setPreview(null);
    },
    onSuccess: (r) => (r.ok ? setPreview(r.data) : fail(r)),
    onError: () => setMessage({ kind: "error", text: t.errors.body }),
  });

  const applyMutation = useMutation({
    mutationFn: async (): Promise<ImportActionResult<ImportResult>> => applyImportAction({ ...upload!, defaultSourceId, asOf, reason, fingerprint: preview!.fingerprint, locale }),
    onMutate: () => setMessage(null),
    onSuccess: (r) => {
      if (!r.ok) return fail(r);
      setPreview(null);
      setUpload(null);
      if (fileRef.current) fileRef.current.value = "";
      setMessage({ kind: "ok", text: ti.applied(r.data.created, r.data.updated, r.data.sources) });
    },
    onError: () => setMessage({ kind: "error", text: t.errors.body }),
  });

  const pending = previewMutation.isPending || applyMutation.isPending;
  const writes = preview ? preview.counts.new + preview.counts.changed : 0;
  const blocked = preview ? preview.counts.invalid + preview.counts.conflict > 0 : true;

  return (
    <div className="space-y-4">
      <form
        aria-label={ti.heading}
        className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-2"
        onSubmit={(e) => {
          e.preventDefault();
          previewMutation.mutate();
        }}
      >
        <div className="sm:col-span-2">
          <label htmlFor="import-file" className="text-xs font-medium text-slate-700">
            {ti.file}
          </label>
          <input
            ref={fileRef}
            id="import-file"
            name="file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
            aria-invalid={!!(errors.fileName || errors.content || errors.file)}
            aria-describedby={errors.fileName || errors.content || errors.file ? "import-file-error" : undefined}
            className="mt-1 block w-full text-sm"
            onChange={() => {
              setPreview(null);
              setUpload(null);
            }}
          />
          {(errors.fileName || errors.content || errors.file) && (
            <p id="import-file-error" className="mt-1 text-xs text-red-700">
              {errors.fileName ?? errors.content ?? errors.file}
            </p>
          )}
        </div>
        <div>
          <label htmlFor="import-source" className="text-xs font-medium text-slate-700">
            {ti.defaultSource}
          </label>
          <select id="import-source" className={inputClass} value={defaultSourceId} onChange={(e) => setDefaultSourceId(e.target.value)}>
            <option value="">{ti.noDefaultSource}</option>
            {sources.map((s) => (
              <option key={s.id} value={s.id} lang="en">
                {`${s.publisher}, ${formatDate(s.publishedOn, locale)} — ${s.title.slice(0, 70)}`}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="import-as-of" className="text-xs font-medium text-slate-700">
            {ti.asOf}
          </label>
          <input
            id="import-as-of"
            type="datetime-local"
            className={inputClass}
            value={asOf}
            aria-invalid={!!errors.asOf}
            aria-describedby="import-as-of-hint"
            onChange={(e) => setAsOf(e.target.value)}
          />
          <p id="import-as-of-hint" className="mt-0.5 text-xs text-slate-600">
            {errors.asOf ?? ti.asOfHint}
          </p>
        </div>
        <div className="sm:col-span-2">
          <label htmlFor="import-reason" className="text-xs font-medium text-slate-700">
            {ti.reason}
          </label>
          <input id="import-reason" className={inputClass} value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} />
        </div>
        <div className="sm:col-span-2">
          <button type="submit" disabled={pending} className="rounded-md bg-sky-800 px-4 py-1.5 text-sm font-medium text-white hover:bg-sky-900 disabled:opacity-60">
            {previewMutation.isPending ? ti.previewing : ti.preview}
          </button>
        </div>
      </form>

      {message && (
        <div
          role={message.kind === "error" ? "alert" : "status"}
          className={`rounded-md border p-3 text-sm ${message.kind === "error" ? "border-red-300 bg-red-50 text-red-900" : "border-emerald-300 bg-emerald-50 text-emerald-900"}`}
        >
          {message.text}
          {message.kind === "ok" && (
            <>
              {" "}
              <Link href={localePath(locale, "/admin/audit?entity=import")} className="font-medium underline">
                {ti.seeAudit}
              </Link>
            </>
          )}
        </div>
      )}

      {preview && (
        <section aria-labelledby="import-preview-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4" data-testid="import-preview">
          <h2 id="import-preview-heading" className="text-lg font-semibold text-slate-900">
            {ti.summary}: <span className="font-normal">{preview.fileName}</span>
          </h2>
          <ul className="flex flex-wrap gap-2 text-sm">
            {(Object.keys(preview.counts) as (keyof typeof preview.counts)[]).map((k) => (
              <li key={k} className={`rounded-full px-2.5 py-0.5 ${STATUS_STYLE[k]}`} data-import-count={k}>
                <span className="font-semibold tabular-nums">{preview.counts[k]}</span> {ti.counts[k]}
              </li>
            ))}
          </ul>
          {preview.newSources > 0 && <p className="text-sm text-slate-700">{ti.newSources(preview.newSources)}</p>}
          <div className="relative overflow-x-auto">
            <table className="w-full text-left text-sm">
              <ColumnHeads
                columns={[ti.columns.row, ti.columns.status, ti.columns.figure, ti.columns.value, { label: ti.columns.details, className: "hidden sm:table-cell" }]}
                cellClassName="py-1.5 pr-2 font-medium"
                className="border-b border-slate-200 text-xs text-slate-600"
              />
              <tbody>
                {preview.rows.map((r) => (
                  <Fragment key={r.line}>
                    <tr className="border-b border-slate-100 align-top max-sm:border-b-0" data-import-row={r.line} data-import-status={r.status}>
                      <td className="py-1.5 pr-2 tabular-nums">{r.line}</td>
                      <td className="py-1.5 pr-2">
                        <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${STATUS_STYLE[r.status]}`}>{ti.status[r.status]}</span>
                      </td>
                      <td className="py-1.5 pr-2">
                        {r.indicator ? (
                          <>
                            <span className="font-medium">{r.indicator}</span>
                            <span className="block text-xs text-slate-600">
                              {r.periodLabel} · {r.reporter ? t.reporter[r.reporter] : ""}
                            </span>
                          </>
                        ) : (
                          <span className="text-slate-500">—</span>
                        )}
                      </td>
                      <td className="py-1.5 pr-2 font-semibold whitespace-nowrap tabular-nums">
                        {r.value ?? "—"} {r.value && r.unit && <span className="text-xs font-normal text-slate-600">{r.unit}</span>}
                      </td>
                      <td className="hidden py-1.5 pr-2 text-xs sm:table-cell">
                        <RowDetails row={r} />
                      </td>
                    </tr>
                    {/* On a phone the reasons go under the row instead of off the right edge. */}
                    <tr className="border-b border-slate-100 sm:hidden">
                      <td colSpan={4} className="pb-2 text-xs">
                        <RowDetails row={r} />
                      </td>
                    </tr>
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
          {blocked ? (
            <p className="text-sm font-medium text-red-800">{ti.blocked}</p>
          ) : writes === 0 ? (
            <p className="text-sm text-slate-700">{ti.nothing}</p>
          ) : (
            <button
              type="button"
              disabled={pending}
              onClick={() => applyMutation.mutate()}
              className="rounded-md bg-emerald-800 px-4 py-1.5 text-sm font-medium text-white hover:bg-emerald-900 disabled:opacity-60"
            >
              {applyMutation.isPending ? ti.applying : ti.apply(writes)}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
