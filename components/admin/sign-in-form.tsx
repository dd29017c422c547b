"use client";

import { useActionState } from "react";
import { signInAction, type SignInState } from "@/app/[locale]/admin/actions";
import { useLocale } from "@/components/i18n/locale-provider";
import { useDictionary } from "@/components/i18n/use-dictionary";

export function SignInForm({ next }: { next?: string }) {
  const t = useDictionary();
  const locale = useLocale();
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  const input = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm aria-[invalid=true]:border-red-600";
  return (
    <form action={action} className="space-y-4" noValidate>
      {state.error && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          {state.error}
        </p>
      )}
      <input type="hidden" name="next" value={next ?? ""} />
      <input type="hidden" name="locale" value={locale} />
      <div>
        <label htmlFor="email" className="text-sm font-medium text-slate-800">
          {t.admin.email}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-invalid={Boolean(state.fieldErrors?.email)}
          aria-describedby={state.fieldErrors?.email ? "email-error" : undefined}
          className={input}
        />
        {state.fieldErrors?.email && (
          <p id="email-error" className="mt-1 text-xs text-red-700">
            {state.fieldErrors.email}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="password" className="text-sm font-medium text-slate-800">
          {t.admin.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={Boolean(state.fieldErrors?.password)}
          aria-describedby={state.fieldErrors?.password ? "password-error" : undefined}
          className={input}
        />
        {state.fieldErrors?.password && (
          <p id="password-error" className="mt-1 text-xs text-red-700">
            {state.fieldErrors.password}
          </p>
        )}
      </div>
      <button type="submit" disabled={pending} className="w-full rounded-md bg-slate-900 px-3 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-60">
        {pending ? t.admin.signingIn : t.admin.signIn}
      </button>
    </form>
  );
}
