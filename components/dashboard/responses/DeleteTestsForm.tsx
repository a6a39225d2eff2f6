"use client";

import { useActionState, useState, type FormEvent } from "react";
import type { TManageState } from "@/app/admin/s/[slug]/responses/actions";
import { ZDeleteTestsForm } from "@/lib/responses/review";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import { pick } from "@/lib/i18n/admin";
import { RESPONSES } from "@/lib/i18n/admin/responses";
import styles from "../dashboard.module.css";

type TProps = { slug: string; count: number; action: (prev: TManageState, form: FormData) => Promise<TManageState> };

/** "Alle testantwoorden verwijderen (N)", after a tick that confirms it. */
export function DeleteTestsForm({ slug, count, action }: TProps) {
  const [state, submit, isPending] = useActionState(action, {});
  const [clientError, setClientError] = useState<string>();
  const t = pick(RESPONSES, useAdminLang());
  const error = clientError ?? state.errors?.confirm;
  const check = (e: FormEvent<HTMLFormElement>) => {
    const parsed = ZDeleteTestsForm.safeParse({ confirm: new FormData(e.currentTarget).get("confirm") ?? undefined });
    setClientError(parsed.success ? undefined : parsed.error.issues[0].message);
    if (!parsed.success) e.preventDefault();
  };
  return (
    <form action={submit} onSubmit={check} noValidate className={styles.collectorForm} aria-label={t.deleteTestsForm}>
      <input type="hidden" name="slug" value={slug} />
      {count > 0 && (
        <>
          <label className={styles.check}>
            <input type="checkbox" name="confirm" aria-invalid={!!error} aria-describedby={error ? "delete-tests-error" : undefined} />{" "}
            {t.confirmDeleteTests}
          </label>
          {error && <p className="error" id="delete-tests-error" role="alert">{error}</p>}
          <button type="submit" className={`btn ${styles.danger}`} disabled={isPending}>
            {t.deleteTests(count)}
          </button>
        </>
      )}
      {count === 0 && !state.done && <p className="muted">{t.noTests}</p>}
      {state.done && !isPending && <p role="status">{state.done}</p>}
    </form>
  );
}
