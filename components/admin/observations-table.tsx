"use client";

import { useLocale } from "@/components/i18n/locale-provider";
import { useDictionary } from "@/components/i18n/use-dictionary";
import type { Locale } from "@/lib/i18n/locales";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable, type SortingState } from "@tanstack/react-table";
import { useSearchParams } from "next/navigation";
import { useEffect, useId, useMemo, useState } from "react";
import { createObservationAction, createSourceAction, deleteObservationAction, updateObservationAction, type ActionResult } from "@/app/[locale]/admin/actions";
import type { AdminObservation } from "@/db/queries/admin";
import { CONFIDENCE_LEVELS, OBSERVATION_STATUSES, PERIOD_TYPES, REPORTERS, VALUE_QUALIFIERS } from "@/lib/constants";
import { ADMIN_PAGE_SIZES, ADMIN_SORTS, adminStateToQuery, parseAdminState, type AdminSort, type AdminTableState } from "@/lib/table-params";
import { formatDate, formatPeriodLabel, formatStoredValue, shortUnit, unitName } from "@/lib/format";
import type { FieldErrors } from "@/lib/schemas/common";
import type { observationFields } from "@/lib/schemas/admin";
import type { FormValues as FormValuesOf } from "@/lib/schemas/form-values";

const QUERY_KEY = ["admin", "observations"] as const;

type SourceOption = { id: number; publisher: string; title: string; publishedOn: string | null };
type IndicatorOption = { id: number; name: string; sectorSlug: string; unit: string };
/** The edit and add forms hold what the action schema reads (lib/schemas/admin.ts). */
type FormValues = FormValuesOf<typeof observationFields>;

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

function sourceLabel(s: SourceOption, locale: Locale) {
  return `${s.publisher}, ${formatDate(s.publishedOn, locale)} — ${s.title.slice(0, 80)}`;
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
  const t = useDictionary();
  const locale = useLocale();
  const ta = t.admin.indicators;
  const set = (k: keyof FormValues) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => onChange({ ...values, [k]: e.target.value });
  const err = (k: string) => errors[`fields.${k}`];
  const select = <O extends string>(k: keyof FormValues, options: readonly O[], label: string, names: Record<O, string>) => (
    <Field name={k} label={label} error={err(k)}>
      {(p) => (
        <select {...p} className={inputClass} value={values[k]} onChange={set(k)}>
          {options.map((o) => (
            <option key={o} value={o}>
              {names[o]}
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
      {select("qualifier", VALUE_QUALIFIERS, ta.fields.qualifier, t.export.csv.qualifier)}
      {select("status", OBSERVATION_STATUSES, ta.fields.status, t.status)}
      {select("reporter", REPORTERS, ta.fields.reporter, t.reporter)}
      <Field name="periodLabel" label={ta.fields.periodLabel} error={err("periodLabel")}>
        {(p) => <input {...p} className={inputClass} value={values.periodLabel} onChange={set("periodLabel")} />}
      </Field>
      <Field name="periodStart" label={ta.fields.periodStart} error={err("periodStart")}>
        {(p) => <input {...p} type="date" className={inputClass} value={values.periodStart} onChange={set("periodStart")} />}
      </Field>
      <Field name="periodEnd" label={ta.fields.periodEnd} error={err("periodEnd")}>
        {(p) => <input {...p} type="date" className={inputClass} value={values.periodEnd} onChange={set("periodEnd")} />}
      </Field>
      {select("periodType", PERIOD_TYPES, ta.fields.periodType, t.periodType)}
      <div className="sm:col-span-2">
        <Field name="sourceId" label={ta.fields.source} error={err("sourceId")}>
          {(p) => (
            <select {...p} className={inputClass} value={values.sourceId} onChange={set("sourceId")}>
              <option value="">—</option>
              {sources.map((s) => (
                <option key={s.id} value={s.id} lang="en">
                  {sourceLabel(s, locale)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      {select("confidence", CONFIDENCE_LEVELS, ta.fields.confidence, t.confidence)}
      <div className="sm:col-span-2 lg:col-span-4">
        <Field name="note" label={ta.fields.note} error={err("note")}>
          {(p) => <textarea {...p} rows={2} className={inputClass} value={values.note} onChange={set("note")} />}
        </Field>
      </div>
    </div>
  );
}

type Conflict = { current: AdminObservation; mine: FormValues };

function EditRow({
  row,
  sources,
  queryKey,
  patchRow,
  onDone,
}: {
  row: AdminObservation;
  sources: SourceOption[];
  queryKey: readonly unknown[];
  patchRow: PatchRow;
  onDone: (message: string) => void;
}) {
  const t = useDictionary();
  const locale = useLocale();
  const ta = t.admin.indicators;
  const qc = useQueryClient();
  const [values, setValues] = useState<FormValues>(() => toForm(row));
  const [reason, setReason] = useState("");
  const [version, setVersion] = useState(row.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);

  const mutation = useMutation({
    mutationFn: (input: { id: number; version: number; reason: string; fields: FormValues }) => updateObservationAction({ ...input, locale }),
    // Optimistic: show the new value at once, and put the old row back if the server refuses.
    onMutate: async (input) => {
      await qc.cancelQueries({ queryKey });
      const previous = qc.getQueryData(queryKey);
      const v = Number(input.fields.value);
      patchRow(
        input.id,
        (r) => ({ ...r, ...input.fields, value: Number.isFinite(v) ? v : r.value, sourceId: Number(input.fields.sourceId) || r.sourceId, note: input.fields.note || null }) as AdminObservation,
      );
      return { previous };
    },
    // The answer is the saved row alone (a few hundred bytes), merged into the page on screen.
    onSuccess: (result, input, ctx) => {
      if (result.ok) {
        const saved = result.data;
        patchRow(saved.id, (r) => ({ ...r, ...saved, sourcePublisher: sources.find((s) => s.id === saved.sourceId)?.publisher ?? r.sourcePublisher }));
        onDone(ta.saved);
        return;
      }
      qc.setQueryData(queryKey, ctx?.previous);
      setErrors(result.fieldErrors ?? {});
      setMessage(result.error);
      if (result.status === "conflict" && result.conflict) {
        const current = { ...row, ...(result.conflict as Partial<AdminObservation>) } as AdminObservation;
        setConflict({ current, mine: input.fields });
        patchRow(current.id, () => current);
      }
    },
    onError: (_e, _input, ctx) => {
      qc.setQueryData(queryKey, ctx?.previous);
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
      aria-label={ta.editRow(`${row.indicatorName}, ${formatPeriodLabel(row.periodLabel, locale)}`)}
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
              `${formatStoredValue(conflict.current.value, conflict.current.qualifier)} ${shortUnit(row.unit, locale)}`,
              conflict.current.updatedBy,
              formatDate(conflict.current.updatedAt.slice(0, 10), locale),
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
  const t = useDictionary();
  const locale = useLocale();
  const ta = t.admin.indicators;
  const [values, setValues] = useState<FormValues>(emptyForm);
  const [indicatorId, setIndicatorId] = useState("");
  const [key, setKey] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () => createObservationAction({ indicatorId, key, fields: values, locale }),
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
                    {i.name} ({unitName(i.unit, locale)})
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
  const t = useDictionary();
  const locale = useLocale();
  const ta = t.admin.indicators;
  const [values, setValues] = useState({ publisher: "", originator: "", title: "", url: "", publishedOn: "", note: "" });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: () => createSourceAction({ ...values, locale }),
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

type TableData = { rows: AdminObservation[]; total: number; page: number; pages: number };
type Initial = TableData & { state: AdminTableState };

const column = createColumnHelper<AdminObservation>();
/** The columns, in the page's language; the sortable ones carry the URL's sort name as their id (lib/table-params.ts). */
const columnsFor = (ta: ReturnType<typeof useDictionary>["admin"]["indicators"]) => [
  column.accessor("indicatorName", { id: "indicator", header: ta.columns.indicator, enableSorting: true }),
  column.accessor("periodEnd", { id: "period", header: ta.columns.period, enableSorting: true }),
  column.accessor("value", { id: "value", header: ta.columns.value, enableSorting: true }),
  column.accessor("status", { id: "status", header: ta.columns.status, enableSorting: false }),
  column.accessor("sourcePublisher", { id: "source", header: ta.columns.source, enableSorting: false }),
  column.accessor("updatedAt", { id: "updated", header: ta.columns.updated, enableSorting: true }),
  column.display({ id: "actions", header: () => <span className="sr-only">{ta.edit}</span> }),
];

/** The table's state is the URL's: read from it on every render, written to it on every change (reload and back keep the view). */
function useUrlState(initial: AdminTableState): [AdminTableState, (next: Partial<AdminTableState>, mode?: "push" | "replace") => void] {
  const params = useSearchParams();
  const state = useMemo(() => (params ? parseAdminState(params) : initial), [params, initial]);
  const set = (next: Partial<AdminTableState>, mode: "push" | "replace" = "push") => {
    const merged = { ...state, ...next };
    const url = `${window.location.pathname}${adminStateToQuery(merged)}`;
    // Next's router follows history.pushState/replaceState: useSearchParams re-reads the URL without a server round trip.
    if (mode === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  };
  return [state, set];
}

const sameState = (a: AdminTableState, b: AdminTableState) => adminStateToQuery(a) === adminStateToQuery(b);

/** The editors' table: filtered, sorted and paged on the server (TanStack Table in manual mode, its state in the URL), edited in place with optimistic saves and conflict handling. */
export function ObservationsTable({
  initial,
  sources: initialSources,
  indicators,
  sectors,
  sectorNames,
}: {
  initial: Initial;
  sources: SourceOption[];
  indicators: IndicatorOption[];
  sectors: readonly string[];
  /** Sector names in the page's language, by slug. */
  sectorNames: Record<string, string>;
}) {
  const t = useDictionary();
  const locale = useLocale();
  const ta = t.admin.indicators;
  const columns = useMemo(() => columnsFor(ta), [ta]);
  const qc = useQueryClient();
  const [state, setState] = useUrlState(initial.state);
  const queryKey = [...QUERY_KEY, adminStateToQuery(state)] as const;
  const { data = { rows: [], total: 0, page: state.page, pages: 1 }, isFetching } = useQuery({
    queryKey,
    queryFn: async (): Promise<TableData> => {
      const query = adminStateToQuery(state);
      const res = await fetch(`/api/admin/observations${query}${query ? "&" : "?"}lang=${locale}`, { cache: "no-store" });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      return (await res.json()) as TableData;
    },
    initialData: sameState(state, initial.state) ? initial : undefined,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  });
  const [sources, setSources] = useState(initialSources);
  const [search, setSearch] = useState(state.q);
  // Back and forward change the URL's search under the box: the box follows it.
  const [syncedQ, setSyncedQ] = useState(state.q);
  if (state.q !== syncedQ) {
    setSyncedQ(state.q);
    setSearch(state.q);
  }
  const [editing, setEditing] = useState<number | null>(null);
  const [flash, setFlash] = useState("");

  // Typing filters after a pause; the URL keeps one entry per search, not one per key.
  useEffect(() => {
    if (search.trim() === state.q) return;
    const timer = setTimeout(() => setState({ q: search.trim(), page: 1 }, "replace"), 250);
    return () => clearTimeout(timer);
  });

  /** Puts one saved, created or refused row into the page on screen; other cached pages are read again when next shown. */
  const patchRow = (id: number, patch: (r: AdminObservation) => AdminObservation | null) => {
    qc.setQueryData<TableData>(queryKey, (d) => (d ? { ...d, rows: d.rows.flatMap((r) => (r.id === id ? (patch(r) ?? []) : [r])) } : d));
    void qc.invalidateQueries({ queryKey: QUERY_KEY, refetchType: "none" });
  };

  const del = useMutation({
    mutationFn: (row: AdminObservation) => deleteObservationAction({ id: row.id, version: row.version, locale }),
    onMutate: async (row) => {
      await qc.cancelQueries({ queryKey });
      const previous = qc.getQueryData<TableData>(queryKey);
      patchRow(row.id, () => null);
      return { previous };
    },
    onSuccess: (result: ActionResult<void>, _row, ctx) => {
      if (result.ok) {
        void qc.invalidateQueries({ queryKey });
        return setFlash(ta.deleted);
      }
      qc.setQueryData(queryKey, ctx?.previous);
      setFlash(result.error);
    },
    onError: (_e, _row, ctx) => {
      qc.setQueryData(queryKey, ctx?.previous);
      setFlash(t.errors.body);
    },
  });

  const sorting: SortingState = [{ id: state.sort, desc: state.dir === "desc" }];
  // eslint-disable-next-line react-hooks/incompatible-library -- the table instance is read afresh on every render; the compiler skipping this component is intended
  const table = useReactTable({
    data: data.rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (r) => String(r.id),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    enableMultiSort: false,
    // A header toggles ascending ↔ descending, ascending first, as the URL's dir does; the table always has a sort.
    enableSortingRemoval: false,
    sortDescFirst: false,
    pageCount: data.pages,
    rowCount: data.total,
    state: { sorting, pagination: { pageIndex: data.page - 1, pageSize: state.size } },
    onSortingChange: (updater) => {
      const next = typeof updater === "function" ? updater(sorting) : updater;
      const first = next[0];
      const sort = (ADMIN_SORTS as readonly string[]).includes(first?.id ?? "") ? (first!.id as AdminSort) : state.sort;
      setState({ sort, dir: first?.desc ? "desc" : "asc", page: 1 });
    },
    onPaginationChange: (updater) => {
      const current = { pageIndex: data.page - 1, pageSize: state.size };
      const next = typeof updater === "function" ? updater(current) : updater;
      setState({ page: next.pageIndex + 1, size: next.pageSize });
    },
  });

  return (
    <div className="space-y-4">
      <div className="grid gap-3 lg:grid-cols-2">
        <AddObservation
          indicators={indicators}
          sources={sources}
          onCreated={(_row, m) => {
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
          <select id="admin-sector" className={inputClass} value={state.sector} onChange={(e) => setState({ sector: e.target.value as AdminTableState["sector"], page: 1 })}>
            {sectors.map((s) => (
              <option key={s} value={s}>
                {s === "all" ? ta.allSectors : (sectorNames[s] ?? s)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="admin-search" className="text-xs font-medium text-slate-700">
            {ta.search}
          </label>
          <input id="admin-search" type="search" maxLength={100} className={inputClass} value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        <p className="text-sm text-slate-600" data-admin-total={data.total}>
          {ta.rows(data.total)}
        </p>
        <p role="status" aria-live="polite" className="text-sm font-medium text-emerald-800">
          {flash}
        </p>
      </div>
      <div className="relative overflow-x-auto rounded-xl border border-slate-200 bg-white" aria-busy={isFetching}>
        <table className="w-full min-w-[48rem] text-left text-sm">
          <caption className="sr-only">{ta.heading}</caption>
          <thead className="border-b border-slate-200 text-xs text-slate-600">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((h) => {
                  const sorted = h.column.getIsSorted();
                  const label = String(h.column.columnDef.header === undefined || typeof h.column.columnDef.header === "function" ? "" : h.column.columnDef.header);
                  return (
                    <th
                      key={h.id}
                      scope="col"
                      className="py-2 pr-2 font-medium"
                      aria-sort={h.column.getCanSort() ? (sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none") : undefined}
                    >
                      {h.column.getCanSort() ? (
                        <button type="button" className="inline-flex items-center gap-1 hover:underline" onClick={h.column.getToggleSortingHandler()} aria-label={ta.sortBy(label)}>
                          {label}
                          <span aria-hidden="true">{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}</span>
                        </button>
                      ) : (
                        flexRender(h.column.columnDef.header, h.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map(({ original: r }) => (
              <RowAndEditor
                key={r.id}
                row={r}
                editing={editing === r.id}
                sources={sources}
                queryKey={queryKey}
                patchRow={patchRow}
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
      <nav className="flex flex-wrap items-center gap-3 text-sm" aria-label={ta.pagination}>
        <button type="button" className="rounded border border-slate-300 px-3 py-1 disabled:opacity-50" disabled={!table.getCanPreviousPage()} onClick={() => table.previousPage()}>
          {ta.previous}
        </button>
        <span data-admin-page={data.page}>{ta.page(data.page, data.pages)}</span>
        <button type="button" className="rounded border border-slate-300 px-3 py-1 disabled:opacity-50" disabled={!table.getCanNextPage()} onClick={() => table.nextPage()}>
          {ta.next}
        </button>
        <label className="ml-2 text-xs text-slate-700">
          {ta.pageSize}{" "}
          <select className="rounded border border-slate-300 px-1 py-0.5 text-sm" value={state.size} onChange={(e) => table.setPagination({ pageIndex: 0, pageSize: Number(e.target.value) })}>
            {ADMIN_PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
      </nav>
    </div>
  );
}

type PatchRow = (id: number, patch: (r: AdminObservation) => AdminObservation | null) => void;

function RowAndEditor({
  row,
  editing,
  sources,
  queryKey,
  patchRow,
  onEdit,
  onDone,
  onDelete,
}: {
  row: AdminObservation;
  editing: boolean;
  sources: SourceOption[];
  queryKey: readonly unknown[];
  patchRow: PatchRow;
  onEdit: () => void;
  onDone: (m: string) => void;
  onDelete: () => void;
}) {
  const t = useDictionary();
  const locale = useLocale();
  const ta = t.admin.indicators;
  // The stored label is edited as stored; the table reads it in the page's language.
  const period = formatPeriodLabel(row.periodLabel, locale);
  const label = `${row.indicatorName}, ${period}`;
  return (
    <>
      <tr className="border-b border-slate-100 align-top" data-admin-row={row.key}>
        <th scope="row" className="py-2 pr-2 font-normal">
          {row.indicatorName}
          <span className="block text-xs text-slate-500">{row.key}</span>
        </th>
        <td className="py-2 pr-2">
          {period}
          <span className="block text-xs text-slate-500">{t.reporterShort[row.reporter]}</span>
        </td>
        <td className="py-2 pr-2 font-semibold tabular-nums" data-admin-value={row.key}>
          {formatStoredValue(row.value, row.qualifier)} <span className="font-normal text-slate-500">{shortUnit(row.unit, locale)}</span>
        </td>
        <td className="py-2 pr-2">{t.status[row.status]}</td>
        <td className="py-2 pr-2 text-xs" lang="en">
          {row.sourcePublisher}
        </td>
        <td className="py-2 pr-2 text-xs text-slate-600">
          {formatDate(row.updatedAt.slice(0, 10), locale)}
          <span className="block" lang="en">
            {row.updatedBy}
          </span>
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
            <EditRow row={row} sources={sources} queryKey={queryKey} patchRow={patchRow} onDone={onDone} />
          </td>
        </tr>
      )}
    </>
  );
}
