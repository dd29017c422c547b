"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useMemo, useState } from "react";
import { createObservationAction, createSourceAction, deleteObservationAction, updateObservationAction, type ActionResult } from "@/app/admin/actions";
import type { AdminObservation } from "@/db/queries/admin";
import { CONFIDENCE_LEVELS, OBSERVATION_STATUSES, PERIOD_TYPES, PRIMARY_SECTORS, REPORTERS, SECTOR_SLUGS, VALUE_QUALIFIERS } from "@/lib/constants";
import { formatDate, formatValue, shortUnit } from "@/lib/format";
import { getDictionary } from "@/lib/i18n";
import type { FieldErrors } from "@/lib/schemas/common";
import type { observationFields } from "@/lib/schemas/admin";
import type { FormValues as FormValuesOf } from "@/lib/schemas/form-values";

const t = getDictionary();
const ta = t.admin.indicators;
const QUERY_KEY = ["admin", "observations"] as const;
const PAGE_SIZE = 25;

type SourceOption = { id: number; publisher: string; title: string; publishedOn: string | null };
type IndicatorOption = { id: number; name: string; sectorSlug: string; unit: string };
/** The edit and add forms hold what the action schema reads (lib/schemas/admin.ts). */
type FormValues = FormValuesOf<typeof observationFields>;
type SortKey = "indicator" | "period" | "value" | "updated";

const inputClass = "mt-0.5 block w-full rounded border border-slate-300 px-2 py-1 text-sm aria-[invalid=true]:border-red-600";

function toForm(o: AdminObservation): FormValues {
  return {
    periodLabel: o.periodLabel,
    periodStart: o.periodStart,
    periodEnd: o.periodEnd,
    periodType: o.periodType,
    value: String(o.value),
    qualifier: o.qualifier,
    status: o.status,
    reporter: o.reporter,
    sourceId: String(o.sourceId),
    confidence: o.confidence,
    note: o.note ?? "",
  };
}

const emptyForm: FormValues = {
  periodLabel: "",
  periodStart: "",
  periodEnd: "",
  periodType: "year",
  value: "",
  qualifier: "exact",
  status: "actual",
  reporter: "az",
  sourceId: "",
  confidence: "medium",
  note: "",
};

function sourceLabel(s: SourceOption) {
  return `${s.publisher}, ${formatDate(s.publishedOn)} — ${s.title.slice(0, 80)}`;
}

/** One labelled input with its error message wired for screen readers. */
function Field({
  name,
  label,
  error,
  children,
}: {
  name: string;
  label: string;
  error?: string;
  children: (props: { id: string; "aria-invalid": boolean; "aria-describedby"?: string }) => React.ReactNode;
}) {
  const id = `${useId()}-${name}`;
  return (
    <div>
      <label htmlFor={id} className="text-xs font-medium text-slate-700">
        {label}
      </label>
      {children({ id, "aria-invalid": Boolean(error), "aria-describedby": error ? `${id}-error` : undefined })}
      {error && (
        <p id={`${id}-error`} className="mt-0.5 text-xs text-red-700" data-field-error={name}>
          {error}
        </p>
      )}
    </div>
  );
}

function ObservationFields({ values, onChange, errors, sources }: { values: FormValues; onChange: (v: FormValues) => void; errors: FieldErrors; sources: SourceOption[] }) {
  const set = (k: keyof FormValues) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => onChange({ ...values, [k]: e.target.value });
  const err = (k: string) => errors[`fields.${k}`];
  const select = (k: keyof FormValues, options: readonly string[], label: string) => (
    <Field name={k} label={label} error={err(k)}>
      {(p) => (
        <select {...p} className={inputClass} value={values[k]} onChange={set(k)}>
          {options.map((o) => (
            <option key={o} value={o}>
              {o.replace(/_/g, " ")}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
  return (
    <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
      <Field name="value" label={ta.fields.value} error={err("value")}>
        {(p) => <input {...p} className={inputClass} inputMode="decimal" value={values.value} onChange={set("value")} />}
      </Field>
      {select("qualifier", VALUE_QUALIFIERS, ta.fields.qualifier)}
      {select("status", OBSERVATION_STATUSES, ta.fields.status)}
      {select("reporter", REPORTERS, ta.fields.reporter)}
      <Field name="periodLabel" label={ta.fields.periodLabel} error={err("periodLabel")}>
        {(p) => <input {...p} className={inputClass} value={values.periodLabel} onChange={set("periodLabel")} />}
      </Field>
      <Field name="periodStart" label={ta.fields.periodStart} error={err("periodStart")}>
        {(p) => <input {...p} className={inputClass} placeholder="YYYY-MM-DD" value={values.periodStart} onChange={set("periodStart")} />}
      </Field>
      <Field name="periodEnd" label={ta.fields.periodEnd} error={err("periodEnd")}>
        {(p) => <input {...p} className={inputClass} placeholder="YYYY-MM-DD" value={values.periodEnd} onChange={set("periodEnd")} />}
      </Field>
      {select("periodType", PERIOD_TYPES, ta.fields.periodType)}
      <div className="sm:col-span-2">
        <Field name="sourceId" label={ta.fields.source} error={err("sourceId")}>
          {(p) => (
            <select {...p} className={inputClass} value={values.sourceId} onChange={set("sourceId")}>
              <option value="">—</option>
              {sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {sourceLabel(s)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {select("confidence", CONFIDENCE_LEVELS, ta.fields.confidence)}
      <div className="sm:col-span-2 lg:col-span-4">
        <Field name="note" label={ta.fields.note} error={err("note")}>
          {(p) => <textarea {...p} rows={2} className={inputClass} value={values.note} onChange={set("note")} />}
        </Field>
      </div>
    </div>
  );
}

type Conflict = { current: AdminObservation; mine: FormValues };

function EditRow({ row, sources, onDone }: { row: AdminObservation; sources: SourceOption[]; onDone: (message: string) => void }) {
  const qc = useQueryClient();
  const [values, setValues] = useState<FormValues>(() => toForm(row));
  const [reason, setReason] = useState("");
  const [version, setVersion] = useState(row.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);

  const mutation = useMutation({
    mutationFn: (input: { id: number; version: number; reason: string; fields: FormValues }) => updateObservationAction(input),
    // Optimistic: show the new value at once, and put the old row back if the server refuses.
    onMutate: async (input) => {
      await qc.cancelQueries({ queryKey: QUERY_KEY });
      const previous = qc.getQueryData<AdminObservation[]>(QUERY_KEY);
      const v = Number(input.fields.value);
      qc.setQueryData<AdminObservation[]>(QUERY_KEY, (rows) =>
        rows?.map((r) =>
          r.id === input.id
            ? ({ ...r, ...input.fields, value: Number.isFinite(v) ? v : r.value, sourceId: Number(input.fields.sourceId) || r.sourceId, note: input.fields.note || null } as AdminObservation)
            : r,
        ),
      );
      return { previous };
    },
    onSuccess: (result, input, ctx) => {
      if (result.ok) {
        const saved = result.data;
        qc.setQueryData<AdminObservation[]>(QUERY_KEY, (rows) =>
          rows?.map((r) => (r.id === saved.id ? { ...r, ...saved, sourcePublisher: sources.find((s) => s.id === saved.sourceId)?.publisher ?? r.sourcePublisher } : r)),
        );
        onDone(ta.saved);
        return;
      }
      qc.setQueryData(QUERY_KEY, ctx?.previous);
      setErrors(result.fieldErrors ?? {});
      setMessage(result.error);
      if (result.status === "conflict" && result.conflict) {
        const current = { ...row, ...(result.conflict as Partial<AdminObservation>) } as AdminObservation;
        setConflict({ current, mine: input.fields });
        qc.setQueryData<AdminObservation[]>(QUERY_KEY, (rows) => rows?.map((r) => (r.id === current.id ? current : r)));
      }
    },
    onError: (_e, _input, ctx) => {
      qc.setQueryData(QUERY_KEY, ctx?.previous);
      setMessage(t.errors.body);
    },
  });

  const save = (fields = values, v = version) => {
    setErrors({});
    setMessage(null);
    setConflict(null);
    mutation.mutate({ id: row.id, version: v, reason, fields });
  };

  return (
    <form
      className="space-y-3 bg-sky-50/60 p-3"
      aria-label={ta.editRow(`${row.indicatorName}, ${row.periodLabel}`)}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      noValidate
    >
      {message && !conflict && (
        <p role="alert" className="rounded border border-red-200 bg-red-50 p-2 text-sm text-red-900">
          {message}
        </p>
      )}
      {conflict && (
        <div role="alert" className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-conflict="true">
          <p className="font-semibold">{ta.conflictTitle}</p>
          <p>
            {ta.conflictCurrent(
              `${formatValue(conflict.current.value, conflict.current.qualifier)} ${shortUnit(row.unit)}`,
              conflict.current.updatedBy,
              formatDate(conflict.current.updatedAt.slice(0, 10)),
            )}
          </p>
          <div className="flex flex-wrap gap-2">
            <button
              type="button"
              className="rounded bg-amber-700 px-3 py-1 text-white"
              onClick={() => {
                setVersion(conflict.current.version);
                setValues(conflict.mine);
                save(conflict.mine, conflict.current.version);
              }}
            >
              {ta.reapply}
            </button>
            <button
              type="button"
              className="rounded border border-amber-700 px-3 py-1"
              onClick={() => {
                setVersion(conflict.current.version);
                setValues(toForm(conflict.current));
                setConflict(null);
                setMessage(null);
              }}
            >
              {ta.discard}
            </button>
          </div>
        </div>
      )}
      <ObservationFields values={values} onChange={setValues} errors={errors} sources={sources} />
      <Field name="reason" label={ta.fields.reason} error={errors.reason}>
        {(p) => <input {...p} className={inputClass} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </Field>
      <div className="flex gap-2">
        <button type="submit" disabled={mutation.isPending} className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
          {mutation.isPending ? ta.saving : ta.save}
        </button>
        <button type="button" className="rounded border border-slate-300 px-3 py-1.5 text-sm" onClick={() => onDone("")}>
          {ta.cancel}
        </button>
      </div>
    </form>
  );
}

function AddObservation({ indicators, sources, onCreated }: { indicators: IndicatorOption[]; sources: SourceOption[]; onCreated: (row: AdminObservation, message: string) => void }) {
  const [values, setValues] = useState<FormValues>(emptyForm);
  const [indicatorId, setIndicatorId] = useState("");
  const [key, setKey] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () => createObservationAction({ indicatorId, key, fields: values }),
    onSuccess: (result) => {
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setMessage(result.error);
        return;
      }
      const ind = indicators.find((i) => i.id === result.data.indicatorId);
      onCreated(
        {
          ...result.data,
          indicatorName: ind?.name ?? "",
          indicatorSlug: "",
          sectorSlug: (ind?.sectorSlug ?? "trade") as AdminObservation["sectorSlug"],
          unit: ind?.unit ?? "",
          sourcePublisher: sources.find((s) => s.id === result.data.sourceId)?.publisher ?? "",
        } as AdminObservation,
        ta.created,
      );
      setValues(emptyForm);
      setKey("");
      setErrors({});
      setMessage(null);
    },
  });
  return (
    <details className="rounded-xl border border-slate-200 bg-white p-3">
      <summary className="cursor-pointer text-sm font-medium text-sky-900">{ta.addObservation}</summary>
      <form
        className="mt-3 space-y-3"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          mutation.mutate();
        }}
      >
        {message && (
          <p role="alert" className="rounded border border-red-200 bg-red-50 p-2 text-sm text-red-900">
            {message}
          </p>
        )}
        <div className="grid gap-2 sm:grid-cols-2">
          <Field name="indicatorId" label={ta.fields.indicator} error={errors.indicatorId}>
            {(p) => (
              <select {...p} className={inputClass} value={indicatorId} onChange={(e) => setIndicatorId(e.target.value)}>
                <option value="">—</option>
                {indicators.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.name} ({i.unit})
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="key" label={ta.fields.key} error={errors.key}>
            {(p) => <input {...p} className={inputClass} value={key} onChange={(e) => setKey(e.target.value)} />}
          </Field>
        </div>
        <ObservationFields values={values} onChange={setValues} errors={errors} sources={sources} />
        <button type="submit" disabled={mutation.isPending} className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
          {ta.create}
        </button>
      </form>
    </details>
  );
}

function AddSource({ onCreated }: { onCreated: (s: SourceOption, message: string) => void }) {
  const [values, setValues] = useState({ publisher: "", originator: "", title: "", url: "", publishedOn: "", note: "" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () => createSourceAction(values),
    onSuccess: (result) => {
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setMessage(result.error);
        return;
      }
      onCreated({ id: result.data.id, publisher: result.data.publisher, title: result.data.title, publishedOn: result.data.publishedOn }, ta.created);
      setValues({ publisher: "", originator: "", title: "", url: "", publishedOn: "", note: "" });
      setErrors({});
      setMessage(null);
    },
  });
  const text = (k: keyof typeof values, label: string) => (
    <Field name={k} label={label} error={errors[k]}>
      {(p) => <input {...p} className={inputClass} value={values[k]} onChange={(e) => setValues({ ...values, [k]: e.target.value })} />}
    </Field>
  );
  return (
    <details className="rounded-xl border border-slate-200 bg-white p-3">
      <summary className="cursor-pointer text-sm font-medium text-sky-900">{ta.addSource}</summary>
      <form
        className="mt-3 space-y-3"
        aria-label={ta.addSource}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          mutation.mutate();
        }}
      >
        {message && (
          <p role="alert" className="rounded border border-red-200 bg-red-50 p-2 text-sm text-red-900">
            {message}
          </p>
        )}
        <div className="grid gap-2 sm:grid-cols-2">
          {text("publisher", ta.fields.publisher)}
          {text("originator", ta.fields.originator)}
          {text("title", ta.fields.title)}
          {text("url", ta.fields.url)}
          {text("publishedOn", ta.fields.publishedOn)}
          {text("note", ta.fields.note)}
        </div>
        <button type="submit" disabled={mutation.isPending} className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60">
          {ta.create}
        </button>
      </form>
    </details>
  );
}

/** The editors' table: filter, sort, page, edit in place with optimistic saves and conflict handling. */
export function ObservationsTable({ initialRows, sources: initialSources, indicators }: { initialRows: AdminObservation[]; sources: SourceOption[]; indicators: IndicatorOption[] }) {
  const qc = useQueryClient();
  const { data: rows = [] } = useQuery({
    queryKey: QUERY_KEY,
    queryFn: async () => {
      const res = await fetch("/api/admin/observations", { cache: "no-store" });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return (await res.json()) as AdminObservation[];
    },
    initialData: initialRows,
    staleTime: Infinity,
  });
  const [sources, setSources] = useState(initialSources);
  const [sector, setSector] = useState("all");
  const [search, setSearch] = useState("");
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: "indicator", dir: 1 });
  const [page, setPage] = useState(0);
  const [editing, setEditing] = useState<number | null>(null);
  const [flash, setFlash] = useState("");

  const del = useMutation({
    mutationFn: (row: AdminObservation) => deleteObservationAction({ id: row.id, version: row.version }),
    onMutate: async (row) => {
      await qc.cancelQueries({ queryKey: QUERY_KEY });
      const previous = qc.getQueryData<AdminObservation[]>(QUERY_KEY);
      qc.setQueryData<AdminObservation[]>(QUERY_KEY, (rs) => rs?.filter((r) => r.id !== row.id));
      return { previous };
    },
    onSuccess: (result: ActionResult<void>, _row, ctx) => {
      if (result.ok) return setFlash(ta.deleted);
      qc.setQueryData(QUERY_KEY, ctx?.previous);
      setFlash(result.error);
    },
    onError: (_e, _row, ctx) => {
      qc.setQueryData(QUERY_KEY, ctx?.previous);
      setFlash(t.errors.body);
    },
  });

  const filtered = useMemo(() => {
    const q = search.trim().toLowerCase();
    const list = rows.filter((r) => (sector === "all" || r.sectorSlug === sector) && (!q || `${r.indicatorName} ${r.periodLabel} ${r.key} ${r.sourcePublisher}`.toLowerCase().includes(q)));
    const cmp: Record<SortKey, (a: AdminObservation, b: AdminObservation) => number> = {
      indicator: (a, b) => a.indicatorName.localeCompare(b.indicatorName) || a.periodEnd.localeCompare(b.periodEnd),
      period: (a, b) => a.periodEnd.localeCompare(b.periodEnd),
      value: (a, b) => a.value - b.value,
      updated: (a, b) => a.updatedAt.localeCompare(b.updatedAt),
    };
    return [...list].sort((a, b) => cmp[sort.key](a, b) * sort.dir);
  }, [rows, sector, search, sort]);
  const pages = Math.max(1, Math.ceil(filtered.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const visible = filtered.slice(current * PAGE_SIZE, current * PAGE_SIZE + PAGE_SIZE);

  const header = (key: SortKey, label: string) => (
    <th scope="col" className="py-2 pr-2 font-medium" aria-sort={sort.key === key ? (sort.dir === 1 ? "ascending" : "descending") : "none"}>
      <button
        type="button"
        className="inline-flex items-center gap-1 hover:underline"
        onClick={() => setSort((s) => ({ key, dir: s.key === key ? (s.dir === 1 ? -1 : 1) : 1 }))}
        aria-label={ta.sortBy(label)}
      >
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.dir === 1 ? "▲" : "▼") : "↕"}</span>
      </button>
    </th>
  );

  return (
    <div className="space-y-4">
      <div className="grid gap-3 lg:grid-cols-2">
        <AddObservation
          indicators={indicators}
          sources={sources}
          onCreated={(row, m) => {
            qc.setQueryData<AdminObservation[]>(QUERY_KEY, (rs) => [...(rs ?? []), row]);
            void qc.invalidateQueries({ queryKey: QUERY_KEY });
            setFlash(m);
          }}
        />
        <AddSource
          onCreated={(s, m) => {
            setSources((list) => [...list, s]);
            setFlash(m);
          }}
        />
      </div>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="admin-sector" className="text-xs font-medium text-slate-700">
            {ta.sector}
          </label>
          <select
            id="admin-sector"
            className={inputClass}
            value={sector}
            onChange={(e) => {
              setSector(e.target.value);
              setPage(0);
            }}
          >
            <option value="all">{ta.allSectors}</option>
            {SECTOR_SLUGS.filter((s) => (PRIMARY_SECTORS as readonly string[]).includes(s) || rows.some((r) => r.sectorSlug === s)).map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="admin-search" className="text-xs font-medium text-slate-700">
            {ta.search}
          </label>
          <input
            id="admin-search"
            type="search"
            className={inputClass}
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setPage(0);
            }}
          />
        </div>
        <p className="text-sm text-slate-600">{ta.rows(filtered.length)}</p>
        <p role="status" aria-live="polite" className="text-sm font-medium text-emerald-800">
          {flash}
        </p>
      </div>
      <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white">
        <table className="w-full min-w-[48rem] text-left text-sm">
          <caption className="sr-only">{ta.heading}</caption>
          <thead className="border-b border-slate-200 text-xs text-slate-600">
            <tr>
              {header("indicator", ta.columns.indicator)}
              {header("period", ta.columns.period)}
              {header("value", ta.columns.value)}
              <th scope="col" className="py-2 pr-2 font-medium">
                {ta.columns.status}
              </th>
              <th scope="col" className="py-2 pr-2 font-medium">
                {ta.columns.source}
              </th>
              {header("updated", ta.columns.updated)}
              <th scope="col" className="py-2 pr-2 font-medium">
                <span className="sr-only">{ta.edit}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {visible.map((r) => (
              <RowAndEditor
                key={r.id}
                row={r}
                editing={editing === r.id}
                sources={sources}
                onEdit={() => {
                  setFlash("");
                  setEditing(r.id);
                }}
                onDone={(m) => {
                  setEditing(null);
                  setFlash(m);
                }}
                onDelete={() => {
                  if (window.confirm(ta.confirmDelete)) del.mutate(r);
                }}
              />
            ))}
          </tbody>
        </table>
      </div>
      <nav className="flex items-center gap-3 text-sm" aria-label="Pagination">
        <button type="button" className="rounded border border-slate-300 px-3 py-1 disabled:opacity-50" disabled={current === 0} onClick={() => setPage(current - 1)}>
          {ta.previous}
        </button>
        <span>{ta.page(current + 1, pages)}</span>
        <button type="button" className="rounded border border-slate-300 px-3 py-1 disabled:opacity-50" disabled={current >= pages - 1} onClick={() => setPage(current + 1)}>
          {ta.next}
        </button>
      </nav>
    </div>
  );
}

function RowAndEditor({
  row,
  editing,
  sources,
  onEdit,
  onDone,
  onDelete,
}: {
  row: AdminObservation;
  editing: boolean;
  sources: SourceOption[];
  onEdit: () => void;
  onDone: (m: string) => void;
  onDelete: () => void;
}) {
  const label = `${row.indicatorName}, ${row.periodLabel}`;
  return (
    <>
      <tr className="border-b border-slate-100 align-top" data-admin-row={row.key}>
        <th scope="row" className="py-2 pr-2 font-normal">
          {row.indicatorName}
          <span className="block text-xs text-slate-500">{row.key}</span>
        </th>
        <td className="py-2 pr-2">
          {row.periodLabel}
          <span className="block text-xs text-slate-500">{t.reporterShort[row.reporter]}</span>
        </td>
        <td className="py-2 pr-2 font-semibold tabular-nums" data-admin-value={row.key}>
          {formatValue(row.value, row.qualifier)} <span className="font-normal text-slate-500">{shortUnit(row.unit)}</span>
        </td>
        <td className="py-2 pr-2">{t.status[row.status]}</td>
        <td className="py-2 pr-2 text-xs">{row.sourcePublisher}</td>
        <td className="py-2 pr-2 text-xs text-slate-600">
          {formatDate(row.updatedAt.slice(0, 10))}
          <span className="block">{row.updatedBy}</span>
        </td>
        <td className="py-2 pr-2 text-right whitespace-nowrap">
          <button type="button" className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-50" aria-label={ta.editRow(label)} aria-expanded={editing} onClick={onEdit}>
            {ta.edit}
          </button>{" "}
          <button type="button" className="rounded border border-red-300 px-2 py-0.5 text-xs text-red-800 hover:bg-red-50" aria-label={ta.deleteRow(label)} onClick={onDelete}>
            {ta.delete}
          </button>
        </td>
      </tr>
      {editing && (
        <tr>
          <td colSpan={7}>
            <EditRow row={row} sources={sources} onDone={onDone} />
          </td>
        </tr>
      )}
    </>
  );
}
