import { BUILT_IN_GROUPINGS, dimensionValues, FLOW_MODE_LABELS } from "@/lib/analysis/dimensions";
import { filterParam, RESULTS_INCLUDE_PARTIAL, type TResultFilters } from "@/lib/analysis/filters";
import type { TSurveyContext } from "@/lib/analysis/survey";
import { pick, type TAdminLang } from "@/lib/i18n/admin";
import { DASHBOARD } from "@/lib/i18n/admin/dashboard";
import styles from "./dashboard.module.css";

/** A dimension of the survey as the form offers it: its values with labels. */
export type TFilterDimension = { id: string; label: string; values: { code: string; label: string }[] };

export const filterDimensions = (s: TSurveyContext): TFilterDimension[] =>
  s.dimensions.map((d) => ({ id: d.id, label: d.label, values: dimensionValues(d, s.structure) }));

/**
 * A plain GET form: the filters live in the URL, so every selection can be linked and shared.
 * One select per dimension of the survey (survey.json); `groupBy` only where the page has
 * default summaries that can be split (`groupings` replaces the offered splits). Monitoring
 * also offers `versions` and a period, and has no partial-responses switch (`hasPartial`).
 */
export function FilterForm({
  action, filters, waves, dimensions, groupBy, groupings, versions, hasPeriod = false, hasPartial = true, hasBaseSettings = false, hasTest = false, keep = {}, lang = "nl",
}: {
  action: string; filters: TResultFilters; waves: string[]; dimensions: TFilterDimension[]; groupBy?: string;
  groupings?: { id: string; label: string }[]; versions?: number[]; hasPeriod?: boolean; hasPartial?: boolean;
  /** Results: who counts and how a group's mean is computed, each choice written out (BaseSettings). */
  hasBaseSettings?: boolean;
  /** Exports: a switch for test responses (the test link's); figures never count them. */
  hasTest?: boolean;
  /** Other parameters of the page that survive a change of filters (e.g. the comparison). */
  keep?: Record<string, string | string[] | undefined>;
  /** The admin interface's language (the shared results view passes none: Dutch). */
  lang?: TAdminLang;
}) {
  const t = pick(DASHBOARD, lang);
  const splits = groupings ?? [
    ...(["wave", "flow_mode", "version"] as const).map((g) => ({ id: g, label: lang === "nl" ? BUILT_IN_GROUPINGS[g] : groupingLabel(g, lang) })),
    ...dimensions.map((d) => ({ id: d.id, label: d.label })),
  ];
  return (
    <form method="get" action={action} className={styles.filters} aria-label={t.filters}>
      {Object.entries(keep).flatMap(([k, v]) => (typeof v === "string" && v ? [<input key={k} type="hidden" name={k} value={v} />] : []))}
      <fieldset>
        <legend>{t.wave}</legend>
        {waves.map((w) => (
          <label key={w} className={styles.check}>
            <input type="checkbox" name="wave" value={w} defaultChecked={filters.wave.includes(w)} /> {w}
          </label>
        ))}
        {waves.length === 0 && <span className="muted">{t.none}</span>}
      </fieldset>
      {versions && versions.length > 1 && (
        <fieldset>
          <legend>{t.version}</legend>
          {versions.map((v) => (
            <label key={v} className={styles.check}>
              <input type="checkbox" name="version" value={v} defaultChecked={filters.version.includes(v)} /> {v}
            </label>
          ))}
        </fieldset>
      )}
      {dimensions.map((d) => (
        <div key={d.id}>
          <label className="field" htmlFor={`f-${d.id}`}>{d.label}</label>
          <br />
          <select id={`f-${d.id}`} name={filterParam(d.id)} defaultValue={filters.dims[d.id]?.[0] ?? ""}>
            <option value="">{t.all}</option>
            {d.values.map((v) => (
              <option key={v.code} value={v.code}>{v.label}</option>
            ))}
          </select>
        </div>
      ))}
      <div>
        <label className="field" htmlFor="f-flow">{t.flow}</label>
        <br />
        <select id="f-flow" name="flowMode" defaultValue={filters.flowMode ?? ""}>
          <option value="">{t.both}</option>
          {Object.entries(FLOW_MODE_LABELS).map(([k, v]) => (
            <option key={k} value={k}>{lang === "nl" ? v : k === "sequential" ? t.flowSequential : k === "choice" ? t.flowChoice : v}</option>
          ))}
        </select>
      </div>
      {groupBy !== undefined && (
        <div>
          <label className="field" htmlFor="f-group">{t.groupBy}</label>
          <br />
          <select id="f-group" name="groupBy" defaultValue={groupBy === "total" ? "" : groupBy}>
            <option value="">{t.noSplit}</option>
            {splits.map((g) => (
              <option key={g.id} value={g.id}>{g.label}</option>
            ))}
          </select>
        </div>
      )}
      {hasPeriod && (
        <fieldset>
          <legend>{t.period}</legend>
          <label className={styles.check}>
            {t.from} <input type="date" name="from" defaultValue={filters.from ?? ""} className={styles.date} />
          </label>
          <label className={styles.check}>
            {t.to} <input type="date" name="to" defaultValue={filters.to ?? ""} className={styles.date} />
          </label>
        </fieldset>
      )}
      {hasBaseSettings ? <BaseSettings filters={filters} lang={lang} /> : filters.groupMean !== "items" && <input type="hidden" name="groupMean" value={filters.groupMean} />}
      {hasPartial && !hasBaseSettings && (
        <label className={styles.check}>
          <input type="checkbox" name="includePartial" value="true" defaultChecked={filters.includePartial} />
          {t.alsoPartial}
        </label>
      )}
      <label className={styles.check}>
        <input type="checkbox" name="includeExcluded" value="true" defaultChecked={filters.includeExcluded ?? false} />
        {t.alsoExcluded}
      </label>
      {hasTest && (
        <label className={styles.check}>
          <input type="checkbox" name="includeTest" value="true" defaultChecked={filters.includeTest ?? false} />
          {t.alsoTest}
        </label>
      )}
      <button type="submit" className="btn">{t.apply}</button>
      <a href={action} className="btn btn-secondary">{t.clear}</a>
    </form>
  );
}

/**
 * The results' bases: both choices are sent explicitly, so a link or saved view keeps them even
 * where another page (exports) has another default.
 */
function BaseSettings({ filters, lang }: { filters: TResultFilters; lang: TAdminLang }) {
  const t = pick(DASHBOARD, lang);
  const isPartial = filters.includePartial ?? RESULTS_INCLUDE_PARTIAL;
  return (
    <>
      <fieldset>
        <legend>{t.whoCounts}</legend>
        <label className={styles.check}>
          <input type="radio" name="includePartial" value="true" defaultChecked={isPartial} /> {t.basePartial}
        </label>
        <label className={styles.check}>
          <input type="radio" name="includePartial" value="false" defaultChecked={!isPartial} /> {t.baseFinished}
        </label>
      </fieldset>
      <div>
        <label className="field" htmlFor="f-group-mean">{t.groupMean}</label>
        <br />
        <select id="f-group-mean" name="groupMean" defaultValue={filters.groupMean}>
          <option value="items">{t.groupMeanItems}</option>
          <option value="pooled">{t.groupMeanPooled}</option>
        </select>
      </div>
    </>
  );
}

/** A built-in grouping's name in the admin interface's language (lib keeps the Dutch one for exports and titles). */
export function groupingLabel(id: "total" | "wave" | "flow_mode" | "version", lang: TAdminLang): string {
  const t = pick(DASHBOARD, lang);
  return { total: t.groupTotal, wave: t.groupWave, flow_mode: t.groupFlow, version: t.groupVersion }[id];
}

/** A grouping from lib (id and Dutch label): a built-in one named in `lang`, a dimension as the survey names it. */
export function builtInLabel(g: { id: string; label: string }, lang: TAdminLang): string {
  const isBuiltIn = (id: string): id is "total" | "wave" | "flow_mode" | "version" => id in BUILT_IN_GROUPINGS;
  return lang !== "nl" && isBuiltIn(g.id) && BUILT_IN_GROUPINGS[g.id] === g.label ? groupingLabel(g.id, lang) : g.label;
}
