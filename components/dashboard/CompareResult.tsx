import { formatInterval, formatP, formatTest, formatValue } from "@/lib/analysis/compare/format";
import { isRun } from "@/lib/analysis/compare/inference";
import type { TCompareParams } from "@/lib/analysis/compare/schema";
import { getComparison } from "@/lib/analysis/compare/service";
import { SMALL_GROUP, type TComparison, type TOverallTest, type TPairwise } from "@/lib/analysis/compare/shape";
import { filterQuery, type TResultFilters } from "@/lib/analysis/filters";
import type { TSurveyContext } from "@/lib/analysis/survey";
import { formatCount, MISSING } from "@/lib/format/nl";
import { pick, type TAdminLang } from "@/lib/i18n/admin";
import { RESULTS } from "@/lib/i18n/admin/results";
import { builtInLabel } from "./FilterForm";
import styles from "./dashboard.module.css";
import c from "./compare.module.css";

/**
 * One comparison: a row per group (N, share or mean, 95 % interval), the test across the groups
 * and, with more than two groups, every pair with Holm's correction. Computed on the server.
 */
type TProps = { survey: TSurveyContext; filters: TResultFilters; params: TCompareParams; lang?: TAdminLang };
type TTexts = (typeof RESULTS)["nl"];

function TestLine({ test, t }: { test: TOverallTest; t: TTexts }) {
  if (!isRun(test.outcome)) {
    return <p className={c.method} data-testid="compare-test">{t.notTested(test.name, test.outcome.skipped)}</p>;
  }
  const f = formatTest(test.statistic, test.outcome);
  return (
    <div data-testid="compare-test">
      <p className={c.testName}>{t.testName(test.name)}</p>
      <p className={c.test}>
        {f.statistic}; {f.df}; <span className={test.outcome.p < 0.05 ? c.significant : ""}>{f.p}</span>
      </p>
    </div>
  );
}

function PairTable({ pairwise, t }: { pairwise: TPairwise; t: TTexts }) {
  const tested = pairwise.pairs.filter((p) => isRun(p.test)).length;
  return (
    <div className={`${styles.tableWrap} ${c.pairs}`}>
      <table className={styles.table} data-testid="compare-pairs">
        <caption>
          {t.pairsCaption(pairwise.name, tested, pairwise.correction)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t.groups}</th>
            <th scope="col" className={styles.num}>{t.statistic}</th>
            <th scope="col" className={styles.num}>df</th>
            <th scope="col" className={styles.num}>{t.pUncorrected}</th>
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
                  <td colSpan={4}>{t.notTestedWhy("skipped" in p.test ? p.test.skipped : "")}</td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function GroupTable({ cmp, t, by }: { cmp: TComparison; t: TTexts; by: string }) {
  const kind = cmp.question.kind === "mean" ? "mean" : "share";
  const range = cmp.question.range ? ` (${cmp.question.range[0]}–${cmp.question.range[1]})` : "";
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} data-testid="compare-table">
        <caption>{t.groupCaption(kind === "mean")}</caption>
        <thead>
          <tr>
            <th scope="col">{by}</th>
            <th scope="col" className={styles.num}>N</th>
            <th scope="col" className={styles.num}>{kind === "mean" ? `${t.mean}${range}` : t.shareHead}</th>
            <th scope="col" className={styles.num}>{t.ci95}</th>
            {kind === "mean" && <th scope="col" className={styles.num}>SD</th>}
          </tr>
        </thead>
        <tbody>
          {cmp.groups.map((g) => (
            <tr key={g.key} data-testid={`compare-group-${g.key}`}>
              <th scope="row">{g.label}</th>
              <td className={`${styles.num} ${g.n > 0 && g.n < SMALL_GROUP ? styles.small : ""}`}>
                {formatCount(g.n)}{kind === "share" && g.n > 0 ? ` (${formatCount(g.x ?? 0)} ${t.yes})` : ""}
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

function CategoryTable({ cmp, t }: { cmp: TComparison; t: TTexts }) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} data-testid="compare-table">
        <caption>{t.categoryCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.answer}</th>
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

export async function CompareResult({ survey, filters, params, lang = "nl" }: TProps) {
  const cmp = await getComparison(survey, filters, params);
  const t = pick(RESULTS, lang);
  const by = builtInLabel(cmp.by, lang);
  const total = cmp.groups.reduce((a, g) => a + g.n, 0);
  return (
    <div data-testid="compare-result">
      <h3>{cmp.question.label}</h3>
      <p className={styles.n}>
        {t.comparedBy(by.toLowerCase())}{formatCount(total)}
        {cmp.question.kind === "share" ? t.baseShare : cmp.question.kind === "mean" ? t.baseMean : ""}
        {cmp.ungrouped > 0 ? t.ungrouped(formatCount(cmp.ungrouped), by.toLowerCase()) : ""}.
        {filterQuery(filters) ? t.withinFilters : ""}
      </p>
      {cmp.warnings.map((w) => (
        <p key={w} className={styles.warning} role="note">⚠ {w}</p>
      ))}
      {cmp.question.kind === "categorical" ? <CategoryTable cmp={cmp} t={t} /> : <GroupTable cmp={cmp} t={t} by={by} />}
      {cmp.test && <TestLine test={cmp.test} t={t} />}
      {cmp.pairwise && <PairTable pairwise={cmp.pairwise} t={t} />}
      {!cmp.test && !cmp.pairwise && <p className={c.method} data-testid="compare-test">{t.notTestedFew}</p>}
      <p className={c.method}>
        {t.method}{cmp.question.kind === "categorical" ? t.methodCategorical : ""}
      </p>
    </div>
  );
}
