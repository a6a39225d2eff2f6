"use client";

import { useActionState, useState, type FormEvent } from "react";
import type { TManageState } from "@/app/admin/s/[slug]/responses/actions";
import { ZDeletionRequest } from "@/lib/responses/review";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import { pick } from "@/lib/i18n/admin";
import { RESPONSES } from "@/lib/i18n/admin/responses";
import styles from "../dashboard.module.css";

type TProps = {
  slug: string; action: (prev: TManageState, form: FormData) => Promise<TManageState>;
  /** The detail page deletes its own response: the ID is fixed and the list follows. */
  responseId?: string;
};

/** A deletion request: the response ID or the respondent's resume link, and a confirmation. */
export function DeletionForm({ slug, action, responseId }: TProps) {
  const [state, submit, isPending] = useActionState(action, {});
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const t = pick(RESPONSES, useAdminLang());
  const errors = { ...state.errors, ...clientErrors };
  const check = (e: FormEvent<HTMLFormElement>) => {
    const form = new FormData(e.currentTarget);
    const parsed = ZDeletionRequest.safeParse({ target: form.get("target") ?? "", confirm: form.get("confirm") ?? undefined });
    const found = parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "form"), i.message]));
    setClientErrors(found);
    if (Object.keys(found).length) e.preventDefault();
  };
  const error = (name: string) => (errors[name] ? <p className="error" id={`delete-${name}-error`} role="alert">{errors[name]}</p> : null);
  return (
    <form action={submit} onSubmit={check} noValidate className={styles.collectorForm} aria-label={t.deletionForm}>
      <input type="hidden" name="slug" value={slug} />
      {responseId ? (
        <>
          <input type="hidden" name="target" value={responseId} />
          <input type="hidden" name="back" value="list" />
        </>
      ) : (
        <label>
          {t.target}
          <input
            name="target" autoComplete="off" spellCheck={false} placeholder={t.targetPlaceholder}
            aria-invalid={!!errors.target} aria-describedby={errors.target ? "delete-target-error" : undefined}
          />
        </label>
      )}
      {error("target")}
      <label className={styles.check}>
        <input type="checkbox" name="confirm" aria-invalid={!!errors.confirm} /> {t.confirmDelete}
      </label>
      {error("confirm")}
      <button type="submit" className={`btn ${styles.danger}`} disabled={isPending}>{t.delete}</button>
      {error("form")}
      {state.done && !isPending && <p role="status">{state.done}</p>}
    </form>
  );
}
