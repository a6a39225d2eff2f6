"use client";

import { startTransition, useActionState, type FormEvent } from "react";
import type { TDraftFormState } from "@/app/admin/s/[slug]/versions/actions";
import { pick } from "@/lib/i18n/admin";
import { DRAFT_FORMS } from "@/lib/i18n/admin/versions";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import styles from "./dashboard.module.css";

type TAction = (prev: TDraftFormState, form: FormData) => Promise<TDraftFormState>;

/** Submits without React's reset of the form after an action, so a refused file or tick stays as it was. */
const keepFields = (submit: (form: FormData) => void) => (e: FormEvent<HTMLFormElement>) => {
  e.preventDefault();
  const form = new FormData(e.currentTarget);
  startTransition(() => submit(form));
};

function Outcome({ state, id }: { state: TDraftFormState; id: string }) {
  return (
    <>
      {state.error && (
        <div className="error" role="alert" id={id}>
          <p>{state.error}</p>
          {state.issues && state.issues.length > 0 && (
            <ul>{state.issues.map((i, n) => <li key={n}>{i.path ? <code>{i.path}</code> : null} {i.message}</li>)}</ul>
          )}
        </div>
      )}
      {state.done && <p role="status" className={styles.fwOpen}>{state.done}</p>}
    </>
  );
}

/**
 * Loads a definition file (.json) as the draft. The revision shown with the page goes along, so a
 * colleague's newer save is never overwritten; after a refusal the chosen file stays in the field.
 */
export function DraftUploadForm({ slug, revision, action }: { slug: string; revision: number | null; action: TAction }) {
  const [state, submit, isPending] = useActionState(action, {});
  const t = pick(DRAFT_FORMS, useAdminLang());
  return (
    <form onSubmit={keepFields(submit)} className={styles.collectorForm} data-testid="draft-upload">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="revision" value={revision ?? ""} />
      <label>
        {t.file}
        <input type="file" name="file" accept="application/json,.json" required aria-describedby={state.error ? "draft-upload-error" : undefined} />
      </label>
      <button type="submit" className="btn btn-secondary" disabled={isPending}>{t.load}</button>
      <Outcome state={state} id="draft-upload-error" />
    </form>
  );
}

/**
 * Publishes the draft revision the researcher has reviewed; with warnings only after ticking that
 * they understand. Stays on the page when there is nothing (more) to publish, to show the outcome.
 */
export function PublishForm({ slug, revision, next, warnings, canPublish, action }: {
  slug: string; revision: number; next: number; warnings: number; canPublish: boolean; action: TAction;
}) {
  const [state, submit, isPending] = useActionState(action, {});
  const t = pick(DRAFT_FORMS, useAdminLang());
  return (
    <form onSubmit={keepFields(submit)} className={styles.collectorForm} data-testid="publish">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="revision" value={revision} />
      <input type="hidden" name="hasWarnings" value={String(warnings > 0)} />
      {canPublish && warnings > 0 && (
        <label className={`${styles.check} ${styles.warning}`}>
          <input type="checkbox" name="confirm" /> {t.confirm(next, warnings)}
        </label>
      )}
      {canPublish && <button type="submit" className="btn" disabled={isPending}>{t.publish(next)}</button>}
      <Outcome state={state} id="publish-error" />
    </form>
  );
}
