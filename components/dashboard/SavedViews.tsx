"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { TViewState } from "@/app/admin/s/[slug]/results/actions";
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
  const base = `/admin/s/${encodeURIComponent(slug)}/results`;
  return (
    <section className={styles.views} aria-labelledby="saved-views-title" data-testid="saved-views">
      <h3 id="saved-views-title">Opgeslagen weergaven</h3>
      {views.length === 0 ? (
        <p className="muted">Nog geen opgeslagen weergaven.</p>
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
                  <button type="submit" className="btn btn-secondary" aria-label={`Weergave ${v.name} verwijderen`}>Verwijderen</button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      <form action={save} className={styles.viewForm}>
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="query" value={query} />
        <label className="field" htmlFor="view-name">Naam van de weergave</label>
        <input id="view-name" name="name" required maxLength={80} placeholder="bijv. Mbo 2023, incl. gedeeltelijk" />
        <button type="submit" className="btn" disabled={isPending}>Weergave opslaan</button>
        {state.error && <p className="error" role="alert">{state.error}</p>}
        {state.saved && <p className="muted" role="status">Opgeslagen: {state.saved}</p>}
      </form>
    </section>
  );
}
