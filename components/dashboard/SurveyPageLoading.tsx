import styles from "./dashboard.module.css";

/**
 * Shown under the survey's title and tabs while a survey page loads: each survey page has its own
 * loading.tsx with this (app/admin/s/[slug]/(monitoring), results, export, import).
 *
 * Not one loading.tsx beside the survey's layout for all its pages: the boundary has to belong
 * to each page. Next.js prefetches a link up to the first loading boundary below the layouts the
 * browser already has, together with the page's <title> and other metadata. Once one page's
 * prefetch had brought in the shared layout and its boundary, the prefetch of a sibling page found
 * no boundary below it and came back with neither content nor metadata; a click while that
 * prefetch was still on its way took that empty head for the page's, and left the document
 * without a <title> (tests/e2e/admin-titles.spec.ts).
 *
 * Access and the survey's existence are decided in the layout above every one of these
 * boundaries, so streaming cannot turn a 403/404 into a 200.
 */
export function SurveyPageLoading() {
  return (
    <main aria-busy="true">
      <p className="visually-hidden" role="status">Laden…</p>
      <div className={styles.skeleton} />
    </main>
  );
}
