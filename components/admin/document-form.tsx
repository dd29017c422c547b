"use client";

import { useLocale } from "@/components/i18n/locale-provider";
import { useDictionary } from "@/components/i18n/use-dictionary";
import { useId, useState } from "react";
import { updateDocumentAction } from "@/app/[locale]/admin/actions";
import { CONFIDENCE_LEVELS, DOCUMENT_KINDS, DOCUMENT_STATUSES, IDENTIFICATION_STATUSES, SECTOR_SLUGS } from "@/lib/constants";
import type { documentFields } from "@/lib/schemas/admin";
import type { FieldErrors } from "@/lib/schemas/common";
import type { FormValues } from "@/lib/schemas/form-values";

const inputClass = "mt-0.5 block w-full rounded border border-slate-300 px-2 py-1 text-sm aria-[invalid=true]:border-red-600";

/** What the form holds: the keys the action schema reads (lib/schemas/admin.ts). */
export type DocumentFormValues = FormValues<typeof documentFields>;

/** Edits one document; a stale version is refused and the editor chooses what to keep. */
export function DocumentForm({
  id,
  version: initialVersion,
  initial,
  sources,
  indicators,
  sectorNames,
}: {
  id: number;
  version: number;
  initial: DocumentFormValues;
  sources: { id: number; label: string }[];
  indicators: { id: number; label: string }[];
  sectorNames: Record<string, string>;
}) {
  const t = useDictionary();
  const locale = useLocale();
  const uid = useId();
  const [values, setValues] = useState(initial);
  // Linked sources and indicators first, so what the document already cites is in view.
  const [orderedSources] = useState(() => [...sources].sort((a, b) => Number(initial.sourceIds.includes(b.id)) - Number(initial.sourceIds.includes(a.id))));
  const [orderedIndicators] = useState(() => [...indicators].sort((a, b) => Number(initial.indicatorIds.includes(b.id)) - Number(initial.indicatorIds.includes(a.id))));
  const [version, setVersion] = useState(initialVersion);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ kind: "error" | "ok" | "conflict"; text: string } | null>(null);
  const [pending, setPending] = useState(false);
  const [conflictVersion, setConflictVersion] = useState<number | null>(null);

  const submit = async (v = version) => {
    setPending(true);
    setErrors({});
    setMessage(null);
    const result = await updateDocumentAction({ id, version: v, reason, fields: values, locale }).catch(() => null);
    setPending(false);
    if (!result) return setMessage({ kind: "error", text: t.errors.body });
    if (result.ok) {
      setVersion(result.data.version);
      setConflictVersion(null);
      setMessage({ kind: "ok", text: t.admin.indicators.saved });
      return;
    }
    setErrors(result.fieldErrors ?? {});
    if (result.status === "conflict") {
      setConflictVersion((result.conflict as { version: number }).version);
      return setMessage({ kind: "conflict", text: result.error });
    }
    setMessage({ kind: "error", text: result.error });
  };

  const err = (k: string) => errors[`fields.${k}`];
  const field = (k: keyof DocumentFormValues, label: string, node: (p: { id: string; "aria-invalid": boolean; "aria-describedby"?: string }) => React.ReactNode) => {
    const fid = `${uid}-${k}`;
    return (
      <div>
        <label htmlFor={fid} className="text-xs font-medium text-slate-700">
          {label}
        </label>
        {node({ id: fid, "aria-invalid": Boolean(err(k)), "aria-describedby": err(k) ? `${fid}-error` : undefined })}
        {err(k) && (
          <p id={`${fid}-error`} className="mt-0.5 text-xs text-red-700" data-field-error={k}>
            {err(k)}
          </p>
        )}
      </div>
    );
  };
  const str = (k: "title" | "signedOn" | "signedPlace" | "parties" | "summary" | "note") => (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setValues({ ...values, [k]: e.target.value });
  const sel = (k: "kind" | "status" | "identification" | "confidence") => (e: React.ChangeEvent<HTMLSelectElement>) => setValues({ ...values, [k]: e.target.value });
  const toggle = <K extends "sectors" | "sourceIds" | "indicatorIds">(k: K, v: DocumentFormValues[K][number]) =>
    setValues({ ...values, [k]: (values[k] as (string | number)[]).includes(v) ? (values[k] as (string | number)[]).filter((x) => x !== v) : [...(values[k] as (string | number)[]), v] });

  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {message && (
        <div
          role={message.kind === "ok" ? "status" : "alert"}
          className={`rounded border p-3 text-sm ${message.kind === "ok" ? "border-emerald-200 bg-emerald-50 text-emerald-900" : message.kind === "conflict" ? "border-amber-300 bg-amber-50 text-amber-950" : "border-red-200 bg-red-50 text-red-900"}`}
        >
          {message.kind === "conflict" && <p className="font-semibold">{t.admin.documents.conflictTitle}</p>}
          <p>{message.text}</p>
          {message.kind === "conflict" && conflictVersion !== null && (
            <div className="mt-2 flex flex-wrap gap-2">
              <button type="button" className="rounded bg-amber-700 px-3 py-1 text-white" onClick={() => void submit(conflictVersion)}>
                {t.admin.indicators.reapply}
              </button>
              <button type="button" className="rounded border border-amber-700 px-3 py-1" onClick={() => window.location.reload()}>
                {t.admin.indicators.discard}
              </button>
            </div>
          )}
        </div>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        {field("identification", t.admin.documents.identification, (p) => (
          <select {...p} className={inputClass} value={values.identification} onChange={sel("identification")}>
            {IDENTIFICATION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t.documents.identification[s]}
              </option>
            ))}
          </select>
        ))}
        {field("title", t.admin.fields.title, (p) => (
          <input {...p} className={inputClass} value={values.title} onChange={str("title")} />
        ))}
        {field("kind", t.documents.fields.kind, (p) => (
          <select {...p} className={inputClass} value={values.kind} onChange={sel("kind")}>
            <option value="">—</option>
            {DOCUMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t.documents.kind[k]}
              </option>
            ))}
          </select>
        ))}
        {field("status", t.documents.fields.status, (p) => (
          <select {...p} className={inputClass} value={values.status} onChange={sel("status")}>
            <option value="">—</option>
            {DOCUMENT_STATUSES.map((k) => (
              <option key={k} value={k}>
                {t.documents.status[k]}
              </option>
            ))}
          </select>
        ))}
        {field("signedOn", t.documents.fields.signed, (p) => (
          <input {...p} type="date" className={inputClass} value={values.signedOn} onChange={str("signedOn")} />
        ))}
        {field("signedPlace", t.documents.fields.place, (p) => (
          <input {...p} className={inputClass} value={values.signedPlace} onChange={str("signedPlace")} />
        ))}
        {field("parties", t.documents.fields.parties, (p) => (
          <input {...p} className={inputClass} value={values.parties} onChange={str("parties")} />
        ))}
        {field("confidence", t.documents.fields.confidence, (p) => (
          <select {...p} className={inputClass} value={values.confidence} onChange={sel("confidence")}>
            {CONFIDENCE_LEVELS.map((k) => (
              <option key={k} value={k}>
                {t.confidence[k]}
              </option>
            ))}
          </select>
        ))}
      </div>
      {field("summary", t.admin.documents.summary, (p) => (
        <textarea {...p} rows={4} className={inputClass} value={values.summary} onChange={str("summary")} />
      ))}
      {field("note", t.documents.fields.note, (p) => (
        <textarea {...p} rows={3} className={inputClass} value={values.note} onChange={str("note")} />
      ))}
      <fieldset>
        <legend className="text-xs font-medium text-slate-700">{t.admin.documents.sectors}</legend>
        <div className="mt-1 flex flex-wrap gap-3 text-sm">
          {SECTOR_SLUGS.map((s) => (
            <label key={s} className="inline-flex items-center gap-1">
              <input type="checkbox" checked={values.sectors.includes(s)} onChange={() => toggle("sectors", s)} />
              {sectorNames[s] ?? s}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-xs font-medium text-slate-700">{t.admin.documents.sources}</legend>
        {err("sourceIds") && (
          <p className="text-xs text-red-700" data-field-error="sourceIds">
            {err("sourceIds")}
          </p>
        )}
        <div className="mt-1 max-h-48 space-y-1 overflow-y-auto rounded border border-slate-200 p-2 text-xs">
          {orderedSources.map((s) => (
            <label key={s.id} className="flex items-start gap-2">
              <input type="checkbox" checked={values.sourceIds.includes(s.id)} onChange={() => toggle("sourceIds", s.id)} />
              {s.label}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-xs font-medium text-slate-700">{t.admin.documents.indicators}</legend>
        <div className="mt-1 max-h-48 space-y-1 overflow-y-auto rounded border border-slate-200 p-2 text-xs">
          {orderedIndicators.map((s) => (
            <label key={s.id} className="flex items-start gap-2">
              <input type="checkbox" checked={values.indicatorIds.includes(s.id)} onChange={() => toggle("indicatorIds", s.id)} />
              {s.label}
            </label>
          ))}
        </div>
      </fieldset>
      <div>
        <label htmlFor={`${uid}-reason`} className="text-xs font-medium text-slate-700">
          {t.admin.indicators.fields.reason}
        </label>
        <input id={`${uid}-reason`} className={inputClass} value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <button type="submit" disabled={pending} className="rounded bg-slate-900 px-4 py-2 text-sm font-medium text-white disabled:opacity-60">
        {pending ? t.admin.indicators.saving : t.admin.indicators.save}
      </button>
    </form>
  );
}
