import type { TImportReport, TIssue } from "@/lib/import/convert";
import styles from "./import.module.css";

function Issues({ title, issues, total, testId }: { title: string; issues: TIssue[]; total: number; testId: string }) {
  if (total === 0) return null;
  return (
    <div className={styles.tableWrap} data-testid={testId}>
      <table className={styles.table}>
        <caption>
          {title}: {total}
          {total > issues.length ? ` (eerste ${issues.length} getoond)` : ""}
        </caption>
        <thead>
          <tr>
            <th className={styles.num}>Rij</th>
            <th>Kolom</th>
            <th>Waarde</th>
            <th>Melding</th>
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
  const unmapped = report.unmappedColumns.filter((c) => !c.isPersonal && !c.isSkipped);
  const skipped = report.unmappedColumns.filter((c) => c.isSkipped);
  const personal = report.unmappedColumns.filter((c) => c.isPersonal);
  return (
    <div className={styles.report} data-testid="dry-run-report">
      <dl className={styles.stats}>
        <div><dt>Antwoorden</dt><dd data-testid="report-rows">{report.rowCount}</dd></div>
        <div><dt>Volledig</dt><dd data-testid="report-complete">{report.completeCount}</dd></div>
        <div><dt>Gedeeltelijk</dt><dd data-testid="report-partial">{report.partialCount}</dd></div>
        <div><dt>Fouten</dt><dd data-testid="report-errors">{report.errorCount}</dd></div>
      </dl>
      <Issues title="Fouten (eerst oplossen)" issues={report.errors} total={report.errorCount} testId="report-error-list" />
      <Issues title="Waarschuwingen" issues={report.warnings} total={report.warningCount} testId="report-warning-list" />
      {unmapped.length > 0 && (
        <div data-testid="report-unmapped">
          <h4>Kolommen zonder keuze ({unmapped.length})</h4>
          <ul>
            {unmapped.map((c) => (
              <li key={c.index}>
                Kolom {c.index + 1}: {c.label} <span className="muted">({c.filled} ingevuld)</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {skipped.length > 0 && (
        <p className="muted" data-testid="report-skipped">
          Bewust niet geïmporteerd ({skipped.length}): {skipped.map((c) => `kolom ${c.index + 1}`).join(", ")}.
        </p>
      )}
      {personal.length > 0 && (
        <p className="muted">Niet geïmporteerd (persoonsgegevens of SurveyMonkey-beheer): {personal.map((c) => c.label).join(", ")}.</p>
      )}
    </div>
  );
}
