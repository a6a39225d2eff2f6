import { isRun } from "@/lib/analysis/compare/inference";
import { formatInterval, formatTest } from "@/lib/analysis/compare/format";
import type { TDropoutTest, TGroupComparison, TPageCell } from "@/lib/analysis/shape-experiment";
import { formatCount, formatPct } from "@/lib/format/nl";
import { pick, type TAdminLang } from "@/lib/i18n/admin";
import { DASHBOARD } from "@/lib/i18n/admin/dashboard";
import styles from "./dashboard.module.css";
import e from "./experiment.module.css";

/**
 * Dropout per group (experiment arm or version) with 95 % Wilson intervals and the test of the
 * difference, then per page. The same tables for an experiment and for before/after.
 */
function TestLine({ test, what, lang }: { test: TDropoutTest | null; what: string; lang: TAdminLang }) {
  const t = pick(DASHBOARD, lang);
  if (!test) return <p className="muted" data-testid="dropout-test">{t.notTestedFew}</p>;
  if (!isRun(test.outcome)) return <p className="muted" data-testid="dropout-test">{t.notTested(test.name, test.outcome.skipped)}</p>;
  const f = formatTest(test.statistic, test.outcome);
  return (
    <p data-testid="dropout-test">
      {t.differenceIn(what, test.name)}{f.statistic}{test.outcome.df === null ? "" : `; ${f.df}`};{" "}
      <strong>{f.p}</strong> {test.outcome.p < 0.05 ? t.significant : t.notSignificant}
    </p>
  );
}

const pct = (v: number | null) => formatPct(v === null ? null : v * 100);
function PageCell({ c, lang }: { c: TPageCell; lang: TAdminLang }) {
  if (!c.reached) return <>–</>;
  return <>{pick(DASHBOARD, lang).stoppedOf(formatCount(c.stopped), formatCount(c.reached))}{pct(c.share)}<br /><span className="muted">{formatInterval(c.ci, "share")}</span></>;
}

export function GroupComparison({ comparison, testId, groupHeader, details, lang = "nl" }: {
  comparison: TGroupComparison; testId: string; groupHeader: string; details?: Record<string, string>; lang?: TAdminLang;
}) {
  const t = pick(DASHBOARD, lang);
  const { groups, test, pages } = comparison;
  return (
    <div data-testid={testId}>
      <div className={styles.tableWrap}>
        <table className={`${styles.table} ${e.armTable}`}>
          <caption>{t.dropoutCaption(groupHeader.toLowerCase())}</caption>
          <thead>
            <tr>
              <th scope="col">{groupHeader}</th><th scope="col" className={styles.num}>{t.started}</th><th scope="col" className={styles.num}>{t.finished}</th>
              <th scope="col" className={styles.num}>{t.dropout}</th><th scope="col" className={styles.num}>{t.interval95}</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g) => (
              <tr key={g.key} data-group={g.key} className={g.isSmall ? styles.small : undefined}>
                <th scope="row" className={e.rowHead}>{g.label}{(details?.[g.key] ?? g.detail) && <><br /><span className="muted">{details?.[g.key] ?? g.detail}</span></>}</th>
                <td className={styles.num} data-col="started">{formatCount(g.started)}</td>
                <td className={styles.num} data-col="finished">{formatCount(g.finished)}</td>
                <td className={styles.num} data-col="dropout">{pct(g.dropout)}</td>
                <td className={styles.num} data-col="ci">{formatInterval(g.ci, "share")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <TestLine test={test} what={t.dropoutWord} lang={lang} />
      {groups.some((g) => g.isSmall) && <p className="muted">{t.smallMarked}</p>}
      {pages.length > 0 && (
        <details>
          <summary>{t.dropoutPerPage}</summary>
          <div className={styles.tableWrap}>
            <table className={styles.table} data-testid={`${testId}-pages`}>
              <caption>{t.pagesCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.page}</th>
                  {groups.map((g) => <th key={g.key} scope="col" className={styles.num}>{g.label}</th>)}
                  <th scope="col" className={styles.num}>{t.test}</th>
                </tr>
              </thead>
              <tbody>
                {pages.map((p) => (
                  <tr key={p.page} data-page={p.page}>
                    <th scope="row" className={e.rowHead}>{p.label}</th>
                    {p.cells.map((c, i) => <td key={groups[i].key} className={styles.num}><PageCell c={c} lang={lang} /></td>)}
                    <td className={styles.num}>{p.test && isRun(p.test.outcome) ? formatTest(p.test.statistic, p.test.outcome).p : "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </div>
  );
}
