"use client";

import { useActionState, useState, type FormEvent } from "react";
import type { TManageState } from "@/app/admin/s/[slug]/responses/actions";
import { ZReviewForm } from "@/lib/responses/review";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import { pick } from "@/lib/i18n/admin";
import { RESPONSES } from "@/lib/i18n/admin/responses";
import styles from "../dashboard.module.css";

type TProps = {
  slug: string; responseId: string; isExcluded: boolean;
  action: (prev: TManageState, form: FormData) => Promise<TManageState>;
  /** Duplicates: "Behouden" besides "Uitsluiten" (a reviewed duplicate that is not one). */
  canKeep?: boolean;
};

/** Exclude (or keep) a response with a reason, or restore an excluded one. */
export function ReviewForm({ slug, responseId, isExcluded, action, canKeep = false }: TProps) {
  const [state, submit, isPending] = useActionState(action, {});
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const t = pick(RESPONSES, useAdminLang());
  const errors = { ...state.errors, ...clientErrors };
  const id = `review-${responseId}`;
  const check = (e: FormEvent<HTMLFormElement>) => {
    const form = new FormData(e.currentTarget);
    const submitter = (e.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const parsed = ZReviewForm.safeParse({ responseId, decision: submitter?.value ?? "", reason: form.get("reason") ?? "" });
    const found = parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "form"), i.message]));
    setClientErrors(found);
    if (Object.keys(found).length) e.preventDefault();
  };
  const error = errors.reason ?? errors.form ?? errors.decision;
  return (
    <form action={submit} onSubmit={check} noValidate className={styles.reviewForm} aria-label={isExcluded ? t.restore : t.reviewForm}>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="responseId" value={responseId} />
      <label>
        {t.reason}
        <input
          name="reason" maxLength={500} required placeholder={isExcluded ? t.reasonRestore : t.reasonExclude}
          aria-invalid={!!errors.reason} aria-describedby={error ? `${id}-error` : undefined}
        />
      </label>
      <span className={styles.reviewButtons}>
        {isExcluded ? (
          <button type="submit" name="decision" value="restore" className="btn" disabled={isPending}>{t.restore}</button>
        ) : (
          <>
            <button type="submit" name="decision" value="exclude" className="btn" disabled={isPending}>{t.exclude}</button>
            {canKeep && <button type="submit" name="decision" value="keep" className="btn btn-secondary" disabled={isPending}>{t.keep}</button>}
          </>
        )}
      </span>
      {error && <p className="error" id={`${id}-error`} role="alert">{error}</p>}
      {state.done && !isPending && <p role="status">{state.done}</p>}
    </form>
  );
}
