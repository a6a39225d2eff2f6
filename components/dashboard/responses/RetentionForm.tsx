"use client";

import { useActionState } from "react";
import type { TManageState } from "@/app/admin/s/[slug]/responses/actions";
import type { TIpHashRetention } from "@/lib/responses/review";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import { pick } from "@/lib/i18n/admin";
import { RESPONSES } from "@/lib/i18n/admin/responses";
import styles from "../dashboard.module.css";

type TAction = (prev: TManageState, form: FormData) => Promise<TManageState>;

/** How long IP hashes are kept, and deleting them now. */
export function RetentionForm({ slug, retention, isClosed, action, deleteAction }: {
  slug: string; retention: TIpHashRetention; isClosed: boolean; action: TAction; deleteAction: TAction;
}) {
  const [state, submit, isPending] = useActionState(action, {});
  const [deleted, submitDelete, isDeleting] = useActionState(deleteAction, {});
  const t = pick(RESPONSES, useAdminLang());
  return (
    <>
      <form action={submit} className={styles.collectorForm} aria-label={t.retentionForm}>
        <input type="hidden" name="slug" value={slug} />
        <fieldset disabled={isClosed}>
          <legend>{t.keepIpHashes}</legend>
          <label className={styles.check}>
            <input type="radio" name="ipHashRetention" value="manual" defaultChecked={retention === "manual"} /> {t.manual}
          </label>
          <label className={styles.check}>
            <input type="radio" name="ipHashRetention" value="on-close" defaultChecked={retention === "on-close"} /> {t.onClose}
          </label>
        </fieldset>
        {!isClosed && <button type="submit" className="btn" disabled={isPending}>{t.save}</button>}
        {state.errors?.ipHashRetention && <p className="error" role="alert">{state.errors.ipHashRetention}</p>}
        {state.done && !isPending && <p role="status">{state.done}</p>}
      </form>
      {!isClosed && (
        <form action={submitDelete} className={styles.collectorForm} aria-label={t.deleteIpForm}>
          <input type="hidden" name="slug" value={slug} />
          <label className={styles.check}>
            <input type="checkbox" name="confirm" /> {t.confirmDeleteIp}
          </label>
          <button type="submit" className="btn btn-secondary" disabled={isDeleting}>{t.deleteIp}</button>
          {deleted.errors?.confirm && <p className="error" role="alert">{deleted.errors.confirm}</p>}
          {deleted.done && !isDeleting && <p role="status">{deleted.done}</p>}
        </form>
      )}
    </>
  );
}
