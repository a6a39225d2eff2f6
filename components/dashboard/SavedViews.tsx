"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { TViewState } from "@/app/admin/s/[slug]/results/actions";
import { pick } from "@/lib/i18n/admin";
import { RESULTS } from "@/lib/i18n/admin/results";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import styles from "./dashboard.module.css";

type TView = { id: string; name: string; query: string; createdBy: string | null; canDelete: boolean };
type TProps = {
  slug: string;
  /** The current filters as the page's query string. */
  query: string;
  views: TView[];
  saveAction: (prev: TViewState, form: FormData) => Promise<TViewState>;
  deleteAction: (form: FormData) => Promise<void>;
};

/** Saved filter views of the survey: pick one (a link with its filters) or save the current filters under a name. */
export function SavedViews({ slug, query, views, saveAction, deleteAction }: TProps) {
  const [state, save, isPending] = useActionState(saveAction, {});
  const t = pick(RESULTS, useAdminLang());
  const base = `/admin/s/${encodeURIComponent(slug)}/results`;
  return (
    <section className={styles.views} aria-labelledby="saved-views-title" data-testid="saved-views">
      <h3 id="saved-views-title">{t.views}</h3>
      {views.length === 0 ? (
        <p className="muted">{t.noViews}</p>
      ) : (
        <ul className={styles.viewList}>
          {views.map((v) => (
            <li key={v.id}>
              <Link href={v.query ? `${base}?${v.query}` : base} aria-current={v.query === query ? "true" : undefined}>{v.name}</Link>
              {v.createdBy && <span className="muted"> ({v.createdBy})</span>}
              {v.canDelete && (
                <form action={deleteAction} className={styles.inline}>
                  <input type="hidden" name="slug" value={slug} />
                  <input type="hidden" name="id" value={v.id} />
                  <button type="submit" className="btn btn-secondary" aria-label={t.deleteView(v.name)}>{t.delete}</button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      <form action={save} className={styles.viewForm}>
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="query" value={query} />
        <label className="field" htmlFor="view-name">{t.viewName}</label>
        <input id="view-name" name="name" required maxLength={80} placeholder={t.viewPlaceholder} />
        <button type="submit" className="btn" disabled={isPending}>{t.saveView}</button>
        {state.error && <p className="error" role="alert">{state.error}</p>}
        {state.saved && <p className="muted" role="status">{t.savedView(state.saved)}</p>}
      </form>
    </section>
  );
}
