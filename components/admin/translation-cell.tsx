"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { deleteTranslationAction, reviewTranslationAction, saveTranslationAction } from "@/app/[locale]/admin/translations/actions";
import type { TranslatableEntity, TranslationField, TranslationLocale, TranslationOrigin } from "@/lib/constants";
import type { TranslationCellText } from "@/lib/i18n/admin-translations";
import { TRANSLATION_MAX_LENGTH } from "@/lib/schemas/translations";

export type TranslationCellData = { text: string; origin: TranslationOrigin; sourceUrl: string | null; reviewedBy: string | null; updatedAt: string; machine: boolean };

type Props = {
  target: { entity: TranslatableEntity; key: string; field: TranslationField; locale: TranslationLocale };
  /** What the row translates, for the input's accessible name. */
  english: string;
  localeName: string;
  cell: TranslationCellData | null;
  text: TranslationCellText;
};

const button = "rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-50 disabled:opacity-60";

/** One translation of one name: shown with its origin, edited inline, accepted as reviewed or removed (the page then shows the English). */
export function TranslationCell({ target, english, localeName, cell, text }: Props) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(cell?.text ?? "");
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ kind: "status" | "alert"; text: string } | null>(null);

  async function run(call: () => Promise<{ ok: boolean; error?: string; fieldErrors?: Record<string, string>; status?: string } | null>, done: string) {
    setPending(true);
    setMessage(null);
    const r = await call().catch(() => null);
    setPending(false);
    if (r?.ok) {
      setEditing(false);
      setMessage({ kind: "status", text: done });
    } else {
      setMessage({ kind: "alert", text: r?.fieldErrors?.text ?? r?.error ?? text.failed });
    }
    // A conflict shows the newer text; a success shows the saved one and its new stamp.
    if (r?.ok || r?.status === "conflict" || r?.status === "not_found") router.refresh();
  }

  const inputId = `tr-${target.entity}-${target.key}-${target.field}-${target.locale}`;
  // Hundreds of "Edit" buttons on one page: each names what it edits.
  const about = (verb: string) => `${verb} (${localeName}): ${english}`;
  return (
    <div className="space-y-1">
      {editing ? (
        <form
          className="space-y-1"
          onSubmit={(e) => {
            e.preventDefault();
            void run(() => saveTranslationAction({ ...target, text: draft, expectedUpdatedAt: cell?.updatedAt ?? null }), text.saved);
          }}
        >
          <label htmlFor={inputId} className="sr-only">
            {about(text.textLabel)}
          </label>
          <textarea
            id={inputId}
            lang={target.locale}
            value={draft}
            maxLength={TRANSLATION_MAX_LENGTH}
            rows={Math.min(4, Math.max(1, Math.ceil(draft.length / 60)))}
            onChange={(e) => setDraft(e.target.value.replace(/[\r\n]+/g, " "))}
            className="block w-full rounded border border-slate-300 px-2 py-1 text-sm"
            required
          />
          <div className="flex gap-2">
            <button type="submit" disabled={pending} className={button}>
              {pending ? text.saving : text.save}
            </button>
            <button
              type="button"
              className={button}
              onClick={() => {
                setEditing(false);
                setDraft(cell?.text ?? "");
              }}
            >
              {text.cancel}
            </button>
          </div>
        </form>
      ) : cell ? (
        <p lang={target.locale} className="text-sm text-slate-900">
          {cell.text}
        </p>
      ) : (
        <p className="text-xs text-slate-600 italic">{text.missing}</p>
      )}
      {cell && !editing && (
        <p className="flex flex-wrap items-center gap-x-2 text-xs text-slate-600">
          {cell.machine ? (
            <span className="rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-900" title={text.machineTitle}>
              {text.machine}
            </span>
          ) : cell.origin === "official" ? (
            <span>
              {text.official}
              {cell.sourceUrl && (
                <>
                  {" · "}
                  <a href={cell.sourceUrl} className="text-sky-800 underline" rel="noreferrer" target="_blank">
                    {text.source}
                  </a>
                </>
              )}
            </span>
          ) : cell.origin === "editor" ? (
            <span>{text.editor}</span>
          ) : null}
          {!cell.machine && cell.reviewedBy && <span>{`${text.reviewedBy} ${cell.reviewedBy}`}</span>}
        </p>
      )}
      {!editing && (
        <div className="flex flex-wrap gap-1">
          <button
            type="button"
            className={button}
            disabled={pending}
            aria-label={about(cell ? text.edit : text.add)}
            onClick={() => {
              setDraft(cell?.text ?? "");
              setEditing(true);
            }}
          >
            {cell ? text.edit : text.add}
          </button>
          {cell?.machine && (
            <button
              type="button"
              className={button}
              disabled={pending}
              aria-label={about(text.markReviewed)}
              onClick={() => void run(() => reviewTranslationAction({ ...target, expectedUpdatedAt: cell.updatedAt }), text.reviewed)}
            >
              {text.markReviewed}
            </button>
          )}
          {cell && (
            <button
              type="button"
              className={button}
              disabled={pending}
              aria-label={about(text.revert)}
              onClick={() => {
                if (window.confirm(text.confirmRevert)) void run(() => deleteTranslationAction({ ...target, expectedUpdatedAt: cell.updatedAt }), text.reverted);
              }}
            >
              {text.revert}
            </button>
          )}
        </div>
      )}
      {message && (
        <p role={message.kind} className={`text-xs ${message.kind === "alert" ? "text-red-800" : "text-slate-700"}`}>
          {message.text}
        </p>
      )}
    </div>
  );
}
