import { formatInterval, formatP, formatTest, formatValue } from "@/lib/analysis/compare/format";
import { isRun } from "@/lib/analysis/compare/inference";
import type { TCompareParams } from "@/lib/analysis/compare/schema";
import { getComparison } from "@/lib/analysis/compare/service";
import { SMALL_GROUP, type TComparison, type TOverallTest, type TPairwise } from "@/lib/analysis/compare/shape";
import { filterQuery, type TResultFilters } from "@/lib/analysis/filters";
import type { TSurveyContext } from "@/lib/analysis/survey";
import { formatCount, MISSING } from "@/lib/format/nl";
import styles from "./dashboard.module.css";
import c from "./compare.module.css";

/**
 * One comparison: a row per group (N, share or mean, 95 % interval), the test across the groups
 * and, with more than two groups, every pair with Holm's correction. Computed on the server.
 */
type TProps = { survey: TSurveyContext; filters: TResultFilters; params: TCompareParams };

function TestLine({ test }: { test: TOverallTest }) {
  if (!isRun(test.outcome)) {
    return <p className={c.method} data-testid="compare-test">Niet getoetst ({test.name}): {test.outcome.skipped}</p>;
  }
  const f = formatTest(test.statistic, test.outcome);
  return (
    <div data-testid="compare-test">
      <p className={c.testName}>Toets: {test.name}</p>
      <p className={c.test}>
        {f.statistic}; {f.df}; <span className={test.outcome.p < 0.05 ? c.significant : ""}>{f.p}</span>
      </p>
    </div>
  );
}

function PairTable({ pairwise }: { pairwise: TPairwise }) {
  const tested = pairwise.pairs.filter((p) => isRun(p.test)).length;
  return (
    <div className={`${styles.tableWrap} ${c.pairs}`}>
      <table className={styles.table} data-testid="compare-pairs">
        <caption>
          Paarsgewijs: {pairwise.name}; p gecorrigeerd voor {tested} vergelijkingen volgens {pairwise.correction}
        </caption>
        <thead>
          <tr>
            <th scope="col">Groepen</th>
            <th scope="col" className={styles.num}>Toetsgrootheid</th>
            <th scope="col" className={styles.num}>df</th>
            <th scope="col" className={styles.num}>p (ongecorrigeerd)</th>
            <th scope="col" className={styles.num}>p ({pairwise.correction})</th>
          </tr>
        </thead>
        <tbody>
          {pairwise.pairs.map((p) => {
            const f = isRun(p.test) ? formatTest(pairwise.statistic, p.test) : null;
            return (
              <tr key={`${p.a}-${p.b}`}>
                <th scope="row">{p.aLabel} – {p.bLabel}</th>
                {f && p.pAdjusted !== null ? (
                  <>
                    <td className={styles.num}>{f.statistic}</td>
                    <td className={styles.num}>{f.df.replace("df = ", "")}</td>
                    <td className={styles.num}>{f.p}</td>
                    <td className={`${styles.num} ${p.pAdjusted < 0.05 ? c.significant : ""}`}>{formatP(p.pAdjusted)}</td>
                  </>
                ) : (
                  <td colSpan={4}>Niet getoetst: {"skipped" in p.test ? p.test.skipped : ""}</td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function GroupTable({ cmp }: { cmp: TComparison }) {
  const kind = cmp.question.kind === "mean" ? "mean" : "share";
  const range = cmp.question.range ? ` (${cmp.question.range[0]}–${cmp.question.range[1]})` : "";
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} data-testid="compare-table">
        <caption>Per groep: N, {kind === "mean" ? "gemiddelde" : "aandeel"} en 95%-betrouwbaarheidsinterval</caption>
        <thead>
          <tr>
            <th scope="col">{cmp.by.label}</th>
            <th scope="col" className={styles.num}>N</th>
            <th scope="col" className={styles.num}>{kind === "mean" ? `Gemiddelde${range}` : "Aandeel"}</th>
            <th scope="col" className={styles.num}>95%-BI</th>
            {kind === "mean" && <th scope="col" className={styles.num}>SD</th>}
          </tr>
        </thead>
        <tbody>
          {cmp.groups.map((g) => (
            <tr key={g.key} data-testid={`compare-group-${g.key}`}>
              <th scope="row">{g.label}</th>
              <td className={`${styles.num} ${g.n > 0 && g.n < SMALL_GROUP ? styles.small : ""}`}>
                {formatCount(g.n)}{kind === "share" && g.n > 0 ? ` (${formatCount(g.x ?? 0)} ja)` : ""}
              </td>
              <td className={styles.num}>{formatValue(g.value, kind)}</td>
              <td className={styles.num}>{formatInterval(g.ci, kind)}</td>
              {kind === "mean" && <td className={styles.num}>{g.sd == null ? MISSING : formatValue(g.sd, "mean")}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CategoryTable({ cmp }: { cmp: TComparison }) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} data-testid="compare-table">
        <caption>Per groep: % van de antwoorden (aantal) en 95%-betrouwbaarheidsinterval</caption>
        <thead>
          <tr>
            <th scope="col">Antwoord</th>
            {cmp.groups.map((g) => (
              <th key={g.key} scope="col" className={`${c.groupHead} ${g.n > 0 && g.n < SMALL_GROUP ? styles.small : ""}`} data-testid={`compare-group-${g.key}`}>
                {g.label}<br />N = {formatCount(g.n)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {cmp.categories!.map((cat) => (
            <tr key={cat.code}>
              <th scope="row">{cat.label}</th>
              {cat.cells.map((cell, i) => (
                <td key={cmp.groups[i].key} className={styles.num}>
                  {formatValue(cell.share, "share")} ({formatCount(cell.n)})
                  <span className={c.ci}>{formatInterval(cell.ci, "share")}</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export async function CompareResult({ survey, filters, params }: TProps) {
  const cmp = await getComparison(survey, filters, params);
  const total = cmp.groups.reduce((a, g) => a + g.n, 0);
  return (
    <div data-testid="compare-result">
      <h3>{cmp.question.label}</h3>
      <p className={styles.n}>
        Vergeleken naar {cmp.by.label.toLowerCase()}: N = {formatCount(total)}
        {cmp.question.kind === "share" ? " (wie de vraag beantwoordde en de optie kreeg)" : cmp.question.kind === "mean" ? " scores" : ""}
        {cmp.ungrouped > 0 ? `; ${formatCount(cmp.ungrouped)} zonder waarde voor ${cmp.by.label.toLowerCase()} tellen niet mee` : ""}.
        {filterQuery(filters) ? " Alleen wie binnen de filters hierboven valt." : ""}
      </p>
      {cmp.warnings.map((w) => (
        <p key={w} className={styles.warning} role="note">⚠ {w}</p>
      ))}
      {cmp.question.kind === "categorical" ? <CategoryTable cmp={cmp} /> : <GroupTable cmp={cmp} />}
      {cmp.test && <TestLine test={cmp.test} />}
      {cmp.pairwise && <PairTable pairwise={cmp.pairwise} />}
      {!cmp.test && !cmp.pairwise && <p className={c.method} data-testid="compare-test">Niet getoetst: minder dan twee groepen met antwoorden.</p>}
      <p className={c.method}>
        95%-BI: betrouwbaarheidsinterval, voor aandelen volgens Wilson (score-interval), voor gemiddelden met de t-verdeling.
        Toetsen tweezijdig, zonder continuïteitscorrectie; bij meer dan twee groepen ook elk paar, met de p-waarde
        gecorrigeerd volgens Holm.{cmp.question.kind === "categorical" ? " Antwoorden die niemand gaf tellen niet mee in de toets." : ""}
      </p>
    </div>
  );
}
