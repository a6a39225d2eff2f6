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

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Export" };

type TSearch = Promise<Record<string, string | string[] | undefined>>;

export default async function ExportPage({ params, searchParams }: { params: Promise<{ slug: string }>; searchParams: TSearch }) {
  const { slug: param } = await params;
  await requireSurveyArea(param, "export");
  const survey = await getSurveyContext(param);
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
      <h2>Export</h2>
      <FilterForm key={query} action={`/admin/s/${slug}/export`} filters={filters} waves={waves} dimensions={filterDimensions(survey)} hasTest />
      {filterError && <p className="error" role="alert">Ongeldige filter genegeerd: {filterError}</p>}
      <p className={styles.count} aria-live="polite">
        <strong>{count ?? 0}</strong> {count === 1 ? "antwoord" : "antwoorden"} in deze selectie
        {filters.includePartial ? " (inclusief gedeeltelijk ingevulde, met hun laatste pagina)" : " (alleen afgeronde)"}
        {filters.includeExcluded ? "; uitgesloten antwoorden tellen mee (kolom is_excluded)" : "; uitgesloten antwoorden niet"}
        {filters.includeTest ? "; testantwoorden tellen mee (kolom is_test)" : "; testantwoorden niet"}.
      </p>
      {languages.length > 1 && (
        <form method="get" action={`/admin/s/${slug}/export`} className={styles.labels} aria-label="Taal van de export">
          {[...new URLSearchParams(query)].map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={v} />
          ))}
          <label htmlFor="export-labels">Taal van de labels en vraagteksten</label>
          <select id="export-labels" name={LABELS_PARAM} defaultValue={labels}>
            {languages.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_NAMES[l] ?? l}
              </option>
            ))}
          </select>
          <button type="submit" className="btn btn-secondary btn-small">Taal kiezen</button>
        </form>
      )}
      <ul className={styles.formats}>
        {EXPORT_FORMATS.map((format) => (
          <li key={format} className={styles.format}>
            <h3>{FORMAT_INFO[format].title}</h3>
            <p>{FORMAT_INFO[format].description}</p>
            <a className="btn" href={href(format)} download data-format={format}>
              Download {FORMAT_INFO[format].title}
            </a>
          </li>
        ))}
      </ul>
      <ul className={styles.notes}>
        <li>Elke export bevat dezelfde variabelen als het codeboek; keuzeantwoorden staan als cijfercode met waardelabels.</li>
        <li>Antwoorden die geen score zijn (zoals &quot;niet van toepassing&quot;) staan als code in de data en zijn als ontbrekende waarde gemarkeerd in SPSS en R.</li>
        <li>Een variabele of antwoordoptie die niet in de versie van een deelnemer stond, is leeg (systeem-ontbrekend), nooit 0.</li>
        <li>E-mailadressen van de verloting worden nooit geëxporteerd.</li>
        <li>De kolom language zegt in welke taal elke deelnemer de vragenlijst invulde.</li>
      </ul>
    </main>
  );
}
