"use client";

import { useActionState, useState, type FormEvent } from "react";
import type { TMemberFormState } from "@/app/admin/s/[slug]/members/actions";
import { roleLabels, SURVEY_ROLES } from "@/lib/auth/survey-roles";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import { pick } from "@/lib/i18n/admin";
import { ACCESS } from "@/lib/i18n/admin/access";
import styles from "./dashboard.module.css";

type TAction = (prev: TMemberFormState, form: FormData) => Promise<TMemberFormState>;

/** Gives an existing account a role on this survey (or changes its role). */
export function MemberForm({ slug, action }: { slug: string; action: TAction }) {
  const lang = useAdminLang();
  const t = pick(ACCESS, lang);
  const [state, submit, isPending] = useActionState(action, {});
  const [clientError, setClientError] = useState<string>();
  const errors: Record<string, string> = { ...state.errors, ...(clientError ? { email: clientError } : {}) };
  const check = (e: FormEvent<HTMLFormElement>) => {
    const email = String(new FormData(e.currentTarget).get("email") ?? "").trim();
    const isEmail = /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
    setClientError(isEmail ? undefined : t.emailInvalid);
    if (!isEmail) e.preventDefault();
  };
  return (
    <form action={submit} onSubmit={check} noValidate className={styles.collectorForm} data-testid="member-form">
      <input type="hidden" name="slug" value={slug} />
      <label>
        {t.email}
        <input name="email" type="email" aria-invalid={!!errors.email} aria-describedby={errors.email ? "member-email-error" : undefined} />
      </label>
      <label>
        {t.role}
        <select name="role" defaultValue="analyst">
          {[...SURVEY_ROLES].reverse().map((r) => <option key={r} value={r}>{roleLabels(lang)[r]}</option>)}
        </select>
      </label>
      <button type="submit" className="btn" disabled={isPending}>{t.grant}</button>
      {errors.email && <p className="error" id="member-email-error" role="alert">{errors.email}</p>}
      {(errors.role || errors.form) && <p className="error" role="alert">{errors.role ?? errors.form}</p>}
      {state.saved && !isPending && !clientError && <p role="status" className="muted">{t.saved(state.saved)}</p>}
    </form>
  );
}

/** Takes one account off the survey. */
export function RemoveMemberButton({ slug, userId, email, action }: { slug: string; userId: string; email: string; action: TAction }) {
  const t = pick(ACCESS, useAdminLang());
  const [state, submit, isPending] = useActionState(action, {});
  return (
    <form action={submit} className={styles.inline}>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="userId" value={userId} />
      <button type="submit" className="btn btn-secondary" disabled={isPending} aria-label={t.revokeLabel(email)}>{t.revoke}</button>
      {state.errors?.form && <span className="error" role="alert"> {state.errors.form}</span>}
    </form>
  );
}
