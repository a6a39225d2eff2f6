"use client";

import { useActionState } from "react";
import type { TManageState } from "@/app/admin/s/[slug]/responses/actions";
import type { TIpHashRetention } from "@/lib/responses/review";
import styles from "../dashboard.module.css";

type TAction = (prev: TManageState, form: FormData) => Promise<TManageState>;

/** How long IP hashes are kept, and deleting them now. */
export function RetentionForm({ slug, retention, isClosed, action, deleteAction }: {
  slug: string; retention: TIpHashRetention; isClosed: boolean; action: TAction; deleteAction: TAction;
}) {
  const [state, submit, isPending] = useActionState(action, {});
  const [deleted, submitDelete, isDeleting] = useActionState(deleteAction, {});
  return (
    <>
      <form action={submit} className={styles.collectorForm} aria-label="Bewaartermijn IP-hashes">
        <input type="hidden" name="slug" value={slug} />
        <fieldset disabled={isClosed}>
          <legend>IP-hashes bewaren</legend>
          <label className={styles.check}>
            <input type="radio" name="ipHashRetention" value="manual" defaultChecked={retention === "manual"} /> Tot ze met de hand worden verwijderd (na de controle op dubbele antwoorden)
          </label>
          <label className={styles.check}>
            <input type="radio" name="ipHashRetention" value="on-close" defaultChecked={retention === "on-close"} /> Automatisch verwijderen zodra het veldwerk sluit
          </label>
        </fieldset>
        {!isClosed && <button type="submit" className="btn" disabled={isPending}>Opslaan</button>}
        {state.errors?.ipHashRetention && <p className="error" role="alert">{state.errors.ipHashRetention}</p>}
        {state.done && !isPending && <p role="status">{state.done}</p>}
      </form>
      {!isClosed && (
        <form action={submitDelete} className={styles.collectorForm} aria-label="IP-hashes nu verwijderen">
          <input type="hidden" name="slug" value={slug} />
          <label className={styles.check}>
            <input type="checkbox" name="confirm" /> IP-hashes nu definitief verwijderen (de markering &quot;mogelijk dubbel&quot; blijft)
          </label>
          <button type="submit" className="btn btn-secondary" disabled={isDeleting}>IP-hashes verwijderen</button>
          {deleted.errors?.confirm && <p className="error" role="alert">{deleted.errors.confirm}</p>}
          {deleted.done && !isDeleting && <p role="status">{deleted.done}</p>}
        </form>
      )}
    </>
  );
}
