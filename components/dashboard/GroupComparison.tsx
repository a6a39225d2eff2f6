import { isRun } from "@/lib/analysis/compare/inference";
import { formatInterval, formatTest } from "@/lib/analysis/compare/format";
import type { TDropoutTest, TGroupComparison, TPageCell } from "@/lib/analysis/shape-experiment";
import { formatCount, formatPct } from "@/lib/format/nl";
import styles from "./dashboard.module.css";
import e from "./experiment.module.css";

/**
 * Dropout per group (experiment arm or version) with 95 % Wilson intervals and the test of the
 * difference, then per page. The same tables for an experiment and for before/after.
 */
function TestLine({ test, what }: { test: TDropoutTest | null; what: string }) {
  if (!test) return <p className="muted" data-testid="dropout-test">Niet getoetst: minder dan twee groepen met deelnemers.</p>;
  if (!isRun(test.outcome)) return <p className="muted" data-testid="dropout-test">Niet getoetst ({test.name}): {test.outcome.skipped}</p>;
  const f = formatTest(test.statistic, test.outcome);
  return (
    <p data-testid="dropout-test">
      Verschil in {what}: {test.name}, {f.statistic}{test.outcome.df === null ? "" : `; ${f.df}`};{" "}
      <strong>{f.p}</strong> {test.outcome.p < 0.05 ? "(verschil bij 5 %)" : "(geen aantoonbaar verschil bij 5 %)"}
    </p>
  );
}

const pct = (v: number | null) => formatPct(v === null ? null : v * 100);
function PageCell({ c }: { c: TPageCell }) {
  if (!c.reached) return <>–</>;
  return <>{formatCount(c.stopped)} van {formatCount(c.reached)}: {pct(c.share)}<br /><span className="muted">{formatInterval(c.ci, "share")}</span></>;
}

export function GroupComparison({ comparison, testId, groupHeader, details }: {
  comparison: TGroupComparison; testId: string; groupHeader: string; details?: Record<string, string>;
}) {
  const { groups, test, pages } = comparison;
  return (
    <div data-testid={testId}>
      <div className={styles.tableWrap}>
        <table className={`${styles.table} ${e.armTable}`}>
          <caption>Uitval per {groupHeader.toLowerCase()} (gestart, niet afgerond), met 95 %-betrouwbaarheidsinterval (Wilson)</caption>
          <thead>
            <tr>
              <th scope="col">{groupHeader}</th><th scope="col" className={styles.num}>Gestart</th><th scope="col" className={styles.num}>Afgerond</th>
              <th scope="col" className={styles.num}>Uitval</th><th scope="col" className={styles.num}>95 %-interval</th>
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
      <TestLine test={test} what="uitval" />
      {groups.some((g) => g.isSmall) && <p className="muted">Gemarkeerd: minder dan 30 gestart; het interval is breed.</p>}
      {pages.length > 0 && (
        <details>
          <summary>Uitval per pagina</summary>
          <div className={styles.tableWrap}>
            <table className={styles.table} data-testid={`${testId}-pages`}>
              <caption>Per pagina: gestopt op de pagina van wie hem bereikte, met 95 %-interval; de toets vergelijkt de groepen</caption>
              <thead>
                <tr>
                  <th scope="col">Pagina</th>
                  {groups.map((g) => <th key={g.key} scope="col" className={styles.num}>{g.label}</th>)}
                  <th scope="col" className={styles.num}>Toets</th>
                </tr>
              </thead>
              <tbody>
                {pages.map((p) => (
                  <tr key={p.page} data-page={p.page}>
                    <th scope="row" className={e.rowHead}>{p.label}</th>
                    {p.cells.map((c, i) => <td key={groups[i].key} className={styles.num}><PageCell c={c} /></td>)}
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
