"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { setUserDisabledAction } from "@/app/[locale]/admin/actions";
import { useLocale } from "@/components/i18n/locale-provider";
import { useDictionary } from "@/components/i18n/use-dictionary";

export function UserToggle({ userId, disabled, email }: { userId: number; disabled: boolean; email: string }) {
  const t = useDictionary();
  const locale = useLocale();
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div>
      <button
        type="button"
        className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-50"
        aria-label={`${disabled ? t.admin.users.enable : t.admin.users.disable} ${email}`}
        onClick={async () => {
          const r = await setUserDisabledAction({ userId, disabled: !disabled, locale }).catch(() => null);
          if (r?.ok) router.refresh();
          else setMessage(r?.error ?? t.errors.body);
        }}
      >
        {disabled ? t.admin.users.enable : t.admin.users.disable}
      </button>
      {message && (
        <p role="alert" className="text-xs text-red-800">
          {message}
        </p>
      )}
    </div>
  );
}
