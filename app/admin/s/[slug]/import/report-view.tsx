import type { TImportReport, TIssue } from "@/lib/import/convert";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import { pick } from "@/lib/i18n/admin";
import { IMPORT } from "@/lib/i18n/admin/import";
import styles from "./import.module.css";

function Issues({ title, issues, total, testId }: { title: string; issues: TIssue[]; total: number; testId: string }) {
  const t = pick(IMPORT, useAdminLang());
  if (total === 0) return null;
  return (
    <div className={styles.tableWrap} data-testid={testId}>
      <table className={styles.table}>
        <caption>
          {title}: {total}
          {total > issues.length ? t.shownFirst(issues.length) : ""}
        </caption>
        <thead>
          <tr>
            <th className={styles.num}>{t.colRow}</th>
            <th>{t.colColumnShort}</th>
            <th>{t.colValue}</th>
            <th>{t.colMessage}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((i, k) => (
            <tr key={k}>
              <td className={styles.num}>{i.row ?? "–"}</td>
              <td>{i.column ?? ""}</td>
              <td>{i.value ?? ""}</td>
              <td>{i.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The dry run's findings: counts, unmapped columns, invalid values with row numbers. */
export function ReportView({ report }: { report: TImportReport }) {
  const t = pick(IMPORT, useAdminLang());
  const unmapped = report.unmappedColumns.filter((c) => !c.isPersonal && !c.isSkipped);
  const skipped = report.unmappedColumns.filter((c) => c.isSkipped);
  const personal = report.unmappedColumns.filter((c) => c.isPersonal);
  return (
    <div className={styles.report} data-testid="dry-run-report">
      <dl className={styles.stats}>
        <div><dt>{t.statResponses}</dt><dd data-testid="report-rows">{report.rowCount}</dd></div>
        <div><dt>{t.statComplete}</dt><dd data-testid="report-complete">{report.completeCount}</dd></div>
        <div><dt>{t.statPartial}</dt><dd data-testid="report-partial">{report.partialCount}</dd></div>
        <div><dt>{t.statErrors}</dt><dd data-testid="report-errors">{report.errorCount}</dd></div>
      </dl>
      <Issues title={t.errorsTitle} issues={report.errors} total={report.errorCount} testId="report-error-list" />
      <Issues title={t.warningsTitle} issues={report.warnings} total={report.warningCount} testId="report-warning-list" />
      {unmapped.length > 0 && (
        <div data-testid="report-unmapped">
          <h4>{t.unmappedTitle(unmapped.length)}</h4>
          <ul>
            {unmapped.map((c) => (
              <li key={c.index}>
                {t.columnN(c.index + 1)}: {c.label} <span className="muted">{t.filled(c.filled)}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {skipped.length > 0 && (
        <p className="muted" data-testid="report-skipped">
          {t.skipped(skipped.length, skipped.map((c) => c.index + 1))}
        </p>
      )}
      {personal.length > 0 && (
        <p className="muted">{t.personalSkipped(personal.map((c) => c.label).join(", "))}</p>
      )}
    </div>
  );
}
