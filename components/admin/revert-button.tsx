"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { revertAuditAction } from "@/app/[locale]/admin/actions";
import { useLocale } from "@/components/i18n/locale-provider";
import { useDictionary } from "@/components/i18n/use-dictionary";

export function RevertButton({ auditId, label }: { auditId: number; label: string }) {
  const t = useDictionary();
  const locale = useLocale();
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <div>
      <button
        type="button"
        disabled={pending}
        aria-label={label}
        className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-50 disabled:opacity-60"
        onClick={async () => {
          setPending(true);
          const r = await revertAuditAction({ auditId, locale }).catch(() => null);
          setPending(false);
          if (r?.ok) {
            setMessage(t.admin.audit.reverted);
            router.refresh();
          } else setMessage(r?.error ?? t.errors.body);
        }}
      >
        {t.admin.audit.revert}
      </button>
      {message && (
        <p role="status" className="mt-1 text-xs text-slate-700">
          {message}
        </p>
      )}
    </div>
  );
}
