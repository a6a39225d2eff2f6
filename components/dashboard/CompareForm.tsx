import type { TCompareQuestion } from "@/lib/analysis/compare/questions";
import { questionLabel, shortLabel } from "@/lib/analysis/compare/questions";
import { COMPARE_FIELDS, type TCompareParams } from "@/lib/analysis/compare/schema";
import { filterQuery, type TResultFilters } from "@/lib/analysis/filters";
import { pick, type TAdminLang } from "@/lib/i18n/admin";
import { RESULTS } from "@/lib/i18n/admin/results";
import styles from "./compare.module.css";

type TProps = {
  action: string;
  filters: TResultFilters;
  questions: TCompareQuestion[];
  groupings: { id: string; label: string }[];
  chosen: Partial<TCompareParams>;
  lang?: TAdminLang;
};


/** Questions grouped per element, in questionnaire order, for the select's option groups. */
function byElement(questions: TCompareQuestion[]) {
  const groups = new Map<string, TCompareQuestion[]>();
  for (const q of questions) groups.set(q.elementId, [...(groups.get(q.elementId) ?? []), q]);
  return [...groups.values()].map((qs) => [qs[0].elementId, qs[0].element, qs] as const);
}

/**
 * A plain GET form, as the filters: the choice lives in the URL (names from ZCompareParams) and
 * the current filters travel along as hidden fields, so a comparison is always under them.
 */
export function CompareForm({ action, filters, questions, groupings, chosen, lang = "nl" }: TProps) {
  const t = pick(RESULTS, lang);
  const kindHint = { categorical: t.kindCategorical, share: t.kindShare, mean: t.kindMean } as const;
  const hidden = [...new URLSearchParams(filterQuery(filters)).entries()];
  return (
    <form method="get" action={action} className={styles.form} aria-label={t.chooseComparison}>
      {hidden.map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />)}
      <div>
        <label htmlFor="c-vraag">{t.question}</label>
        <select id="c-vraag" name={COMPARE_FIELDS.vraag} defaultValue={chosen.vraag ?? ""} required>
          <option value="" disabled>{t.chooseQuestion}</option>
          {byElement(questions).map(([id, element, qs]) => (
            <optgroup key={id} label={shortLabel(element)}>
              {qs.map((q) => (
                <option key={q.variable} value={q.variable}>
                  {q.item ? q.item : questionLabel(q)} ({kindHint[q.kind]})
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="c-vergelijk">{t.compare}</label>
        <select id="c-vergelijk" name={COMPARE_FIELDS.vergelijk} defaultValue={chosen.vergelijk ?? ""} required>
          <option value="" disabled>{t.chooseGrouping}</option>
          {groupings.map((g) => <option key={g.id} value={g.id}>{g.label}</option>)}
        </select>
      </div>
      <button type="submit" className="btn">{t.compareButton}</button>
    </form>
  );
}
