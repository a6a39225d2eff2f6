"use client";

import { useActionState, useState } from "react";
import type { TShareState } from "@/app/admin/s/[slug]/share/actions";
import styles from "./dashboard.module.css";

type TProps = {
  slug: string;
  /** The filters the researcher came with, as the results page's query string. */
  query: string;
  filtersText: string;
  minDate: string;
  createAction: (prev: TShareState, form: FormData) => Promise<TShareState>;
};

/** A new read-only link: label, last day, fixed filters. The link is shown once: only its hash is kept. */
export function ShareLinkForm({ slug, query, filtersText, minDate, createAction }: TProps) {
  const [state, create, isPending] = useActionState(createAction, {});
  const [copied, setCopied] = useState(false);
  const url = state.path && typeof window !== "undefined" ? `${window.location.origin}${state.path}` : state.path;
  return (
    <section className={styles.views} aria-labelledby="share-new-title" data-testid="share-form">
      <h3 id="share-new-title">Nieuwe deellink</h3>
      <form action={create} className={styles.shareForm}>
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="query" value={query} />
        <div>
          <label className="field" htmlFor="share-label">Omschrijving (optioneel, ook te zien voor wie de link opent)</label>
          <input id="share-label" name="label" maxLength={80} placeholder="bijv. Stuurgroep december" />
        </div>
        <div>
          <label className="field" htmlFor="share-expires">Geldig tot en met (optioneel)</label>
          <input id="share-expires" name="expiresOn" type="date" min={minDate} className={styles.date} />
        </div>
        <label className={styles.check}>
          <input type="checkbox" name="fixFilters" defaultChecked /> Filters vastleggen: {filtersText}
        </label>
        <p className="muted">Zonder vastgelegde filters kan wie de link heeft zelf filters kiezen.</p>
        <button type="submit" className="btn" disabled={isPending}>Link maken</button>
      </form>
      {state.error && <p className="error" role="alert">{state.error}</p>}
      {url && (
        <div role="status" className={styles.newLink}>
          <p><strong>Link gemaakt.</strong> Kopieer hem nu: hij wordt niet bewaard en is hierna niet meer te zien.</p>
          <input readOnly value={url} aria-label="De nieuwe deellink" data-testid="share-url" onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="btn btn-secondary" onClick={() => navigator.clipboard?.writeText(url).then(() => setCopied(true), () => {})}>
            {copied ? "Gekopieerd" : "Kopiëren"}
          </button>
        </div>
      )}
    </section>
  );
}
