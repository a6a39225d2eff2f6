import Link from "next/link";
import { formatDateTime } from "@/lib/format/nl";
import { pick, type TAdminLang } from "@/lib/i18n/admin";
import { RESULTS } from "@/lib/i18n/admin/results";
import styles from "./dashboard.module.css";

/** The page's query with the comparison kept, as the PDF prints what the page shows. */
function toolbarQuery(filters: URLSearchParams, compare: Record<string, string | string[] | undefined>): string {
  const q = new URLSearchParams(filters);
  for (const [k, v] of Object.entries(compare)) if (typeof v === "string" && v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : "";
}

/**
 * The results page as a PDF report and a read-only link for people without an account, both with
 * the current filters; on paper only the date and the filters in words show.
 */
export function ResultsToolbar({ slug, query, compare, filters, lang = "nl" }: {
  slug: string; query: URLSearchParams; compare: Record<string, string | string[] | undefined>; filters: string; lang?: TAdminLang;
}) {
  const t = pick(RESULTS, lang);
  const s = encodeURIComponent(slug);
  return (
    <>
      <div className={styles.toolbar} data-testid="results-toolbar">
        {/* A plain link: the PDF comes as a download, an error (503 without Chromium) shows as a page. */}
        <a className="btn btn-secondary" href={`/api/admin/s/${s}/results/pdf${toolbarQuery(query, compare)}`} data-testid="results-pdf">{t.pdf}</a>
        <Link className="btn btn-secondary" href={`/admin/s/${s}/share${toolbarQuery(query, {})}`} data-testid="results-share">{t.share}</Link>
        <span className="muted">{t.pdfNote}</span>
      </div>
      <p className="print-only muted">{t.madeOn(formatDateTime(new Date()))} · {filters}</p>
    </>
  );
}
