"use client";

import { useActionState, useState } from "react";
import type { TShareState } from "@/app/admin/s/[slug]/share/actions";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import { pick } from "@/lib/i18n/admin";
import { SHARE } from "@/lib/i18n/admin/fieldwork";
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
  const t = pick(SHARE, useAdminLang());
  const url = state.path && typeof window !== "undefined" ? `${window.location.origin}${state.path}` : state.path;
  return (
    <section className={styles.views} aria-labelledby="share-new-title" data-testid="share-form">
      <h3 id="share-new-title">{t.newLink}</h3>
      <form action={create} className={styles.shareForm}>
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="query" value={query} />
        <div>
          <label className="field" htmlFor="share-label">{t.label}</label>
          <input id="share-label" name="label" maxLength={80} placeholder={t.labelPlaceholder} />
        </div>
        <div>
          <label className="field" htmlFor="share-expires">{t.expires}</label>
          <input id="share-expires" name="expiresOn" type="date" min={minDate} className={styles.date} />
        </div>
        <label className={styles.check}>
          <input type="checkbox" name="fixFilters" defaultChecked /> {t.fixFilters(filtersText)}
        </label>
        <p className="muted">{t.freeHint}</p>
        <button type="submit" className="btn" disabled={isPending}>{t.make}</button>
      </form>
      {state.error && <p className="error" role="alert">{state.error}</p>}
      {url && (
        <div role="status" className={styles.newLink}>
          <p><strong>{t.made}</strong> {t.copyNow}</p>
          <input readOnly value={url} aria-label={t.newUrl} data-testid="share-url" onFocus={(e) => e.currentTarget.select()} />
          <button type="button" className="btn btn-secondary" onClick={() => navigator.clipboard?.writeText(url).then(() => setCopied(true), () => {})}>
            {copied ? t.copied : t.copy}
          </button>
        </div>
      )}
    </section>
  );
}
