import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { filterQuery, parseFiltersForPage } from "@/lib/analysis/filters";
import { listWaves } from "@/lib/analysis/service";
import { getSurveyContext } from "@/lib/analysis/survey";
import { EXPORT_FORMATS, FORMAT_INFO } from "@/lib/export/formats";
import { exportCount, exportLanguages } from "@/lib/export/service";
import { LABELS_PARAM } from "@/lib/export/formats";
import { LANGUAGE_NAMES } from "@/lib/survey/i18n/messages";
import { FilterForm, filterDimensions } from "@/components/dashboard/FilterForm";
import styles from "./export.module.css";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { pick } from "@/lib/i18n/admin";
import { EXPORT, EXPORT_FORMAT_EN } from "@/lib/i18n/admin/export";
import { adminLang } from "@/lib/i18n/admin-server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Export" };

type TSearch = Promise<Record<string, string | string[] | undefined>>;

export default async function ExportPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: TSearch }) {
  const { slug: param } = await params;
  await requireSurveyArea(param, "export");
  const survey = await getSurveyContext(param);
  const lang = await adminLang();
  const t = pick(EXPORT, lang);
  const info = (format: (typeof EXPORT_FORMATS)[number]) => (lang === "en" ? EXPORT_FORMAT_EN[format] : FORMAT_INFO[format]);
  if (!survey) notFound();
  const { [LABELS_PARAM]: labelsParam, ...search } = await searchParams;
  const { filters, filterError } = parseFiltersForPage(search, survey.dimensions);
  const [waves, count, languages] = await Promise.all([listWaves(survey.id), exportCount(survey.slug, filters), exportLanguages(survey.slug)]);
  const labels = typeof labelsParam === "string" && languages.includes(labelsParam) ? labelsParam : languages[0];
  const slug = encodeURIComponent(survey.slug);
  const query = filterQuery(filters);
  const labelQuery = labels && labels !== languages[0] ? `&${LABELS_PARAM}=${labels}` : "";
  const href = (format: string) => `/api/admin/s/${slug}/export?format=${format}${query ? `&${query}` : ""}${labelQuery}`;
  return (
    <main>
      <h2>{t.title}</h2>
      <FilterForm key={query} action={`/admin/s/${slug}/export`} filters={filters} waves={waves} dimensions={filterDimensions(survey)} hasTest />
      {filterError && <p className="error" role="alert">{t.invalidFilter(filterError)}</p>}
      <p className={styles.count} aria-live="polite">
        <strong>{count ?? 0}</strong> {t.responses(count ?? 0)} {t.inSelection}
        {filters.includePartial ? t.withPartial : t.finishedOnly}
        {filters.includeExcluded ? t.withExcluded : t.withoutExcluded}
        {filters.includeTest ? t.withTest : t.withoutTest}.
      </p>
      {languages.length > 1 && (
        <form method="get" action={`/admin/s/${slug}/export`} className={styles.labels} aria-label={t.languageForm}>
          {[...new URLSearchParams(query)].map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={v} />
          ))}
          <label htmlFor="export-labels">{t.languageLabel}</label>
          <select id="export-labels" name={LABELS_PARAM} defaultValue={labels}>
            {languages.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_NAMES[l] ?? l}
              </option>
            ))}
          </select>
          <button type="submit" className="btn btn-secondary btn-small">{t.chooseLanguage}</button>
        </form>
      )}
      <ul className={styles.formats}>
        {EXPORT_FORMATS.map((format) => (
          <li key={format} className={styles.format}>
            <h3>{info(format).title}</h3>
            <p>{info(format).description}</p>
            <a className="btn" href={href(format)} download data-format={format}>
              {t.download(info(format).title)}
            </a>
          </li>
        ))}
      </ul>
      <ul className={styles.notes}>
        <li>{t.note1}</li>
        <li>{t.note2}</li>
        <li>{t.note3}</li>
        <li>{t.note4}</li>
        <li>{t.note5}</li>
      </ul>
    </main>
  );
}
