import type pg from "pg";
import type { TResultFilters } from "@/lib/analysis/filters";
import { ResponseError } from "@/lib/responses/errors";
import { buildCodebook, type TCodebook } from "./codebook";
import { codebookHtml } from "./codebook-html";
import { BOM, csvLine, LONG_COLUMNS, longLines, wideHeader, type TCsvOptions } from "./csv";
import { exportBaseName, FORMAT_INFO, type TExportFormat } from "./formats";
import { EXCLUDED_VARIABLE, TEST_VARIABLE, withExcludedVariable } from "./meta";
import { exportRows, exportVersions, findSurvey, type TExportSurvey } from "./query";
import { rScript } from "./r";
import { spssSyntax } from "./spss";
import { rowMapper, type TValue, type TVersionInfo } from "./values";
import { xlsxStream } from "./xlsx";
import { zipStream } from "./zip";
import { localize } from "@/lib/survey/i18n/texts";

/**
 * Builds an export download: everything that can fail on bad input (unknown survey, filters)
 * fails before the first byte; the body is a lazy stream over a database cursor. Takes the pool
 * as a parameter (the app's comes from lib/export/service.ts; the benchmark passes its own).
 */
export type TExportFile = { fileName: string; contentType: string; body: AsyncIterable<string | Buffer> | Iterable<string | Buffer> };

type TContext = { db: pg.Pool; survey: TExportSurvey; filters: TResultFilters; codebook: TCodebook; versions: Map<string, TVersionInfo> };

async function* valueBatches(ctx: TContext): AsyncGenerator<TValue[][]> {
  const map = rowMapper(ctx.codebook, ctx.versions);
  for await (const rows of exportRows(ctx.db, ctx.survey, ctx.filters)) yield rows.map(map);
}

async function* wideCsv(ctx: TContext, options: TCsvOptions & { hasBom?: boolean } = {}): AsyncGenerator<string> {
  yield (options.hasBom ? BOM : "") + wideHeader(ctx.codebook);
  for await (const batch of valueBatches(ctx)) yield batch.map((values) => csvLine(values, options)).join("");
}

async function* longCsv(ctx: TContext): AsyncGenerator<string> {
  yield BOM + csvLine(LONG_COLUMNS);
  for await (const batch of valueBatches(ctx)) yield batch.map((values) => longLines(ctx.codebook, values)).join("");
}

/**
 * `language`: the labels (variable and value labels, question texts) in that language of each
 * version; a version without it, or a text without a translation, keeps its own language.
 */
export async function loadExportContext(db: pg.Pool, slug: string, filters: TResultFilters, language?: string): Promise<TContext> {
  const survey = await findSurvey(db, slug);
  if (!survey) throw new ResponseError(404, `De vragenlijst "${slug}" bestaat niet.`);
  const { versions, codebookVersions } = await exportVersions(db, survey.id, filters);
  if (codebookVersions.length === 0) throw new ResponseError(404, "Deze vragenlijst heeft nog geen versie.");
  const labelled = language ? codebookVersions.map((v) => ({ ...v, def: localize(v.def, language) })) : codebookVersions;
  const codebook = buildCodebook({ slug: survey.slug, title: survey.title, timeZone: survey.timeZone }, labelled);
  if (filters.includeExcluded) codebook.variables = withExcludedVariable(codebook.variables, EXCLUDED_VARIABLE);
  // After is_duplicate, before is_excluded when both are asked for.
  if (filters.includeTest) codebook.variables = withExcludedVariable(codebook.variables, TEST_VARIABLE);
  return { db, survey, filters, versions, codebook };
}

export async function buildExport(
  db: pg.Pool,
  slug: string,
  format: TExportFormat,
  filters: TResultFilters,
  now = new Date(),
  language?: string,
): Promise<TExportFile> {
  const ctx = await loadExportContext(db, slug, filters, language);
  const base = exportBaseName(slug, filters, now);
  const info = FORMAT_INFO[format];
  const file = (body: TExportFile["body"]) => ({ fileName: `${base}.${info.extension}`, contentType: info.contentType, body });
  const html = () => [codebookHtml(ctx.codebook, now)];
  switch (format) {
    case "csv-wide":
      return file(wideCsv(ctx, { hasBom: true }));
    case "csv-long":
      return file(longCsv(ctx));
    case "xlsx":
      return file(xlsxStream(ctx.codebook, valueBatches(ctx)));
    case "spss":
      return file(zipStream([
        { name: `${base}.sps`, content: () => [spssSyntax(ctx.codebook, `${base}.csv`)] },
        { name: `${base}.csv`, content: () => wideCsv(ctx, { isFlatText: true }) },
        { name: `${base}_codeboek.html`, content: html },
      ]));
    case "r":
      return file(zipStream([
        { name: `${base}.R`, content: () => [rScript(ctx.codebook, `${base}.csv`)] },
        { name: `${base}.csv`, content: () => wideCsv(ctx) },
        { name: `${base}_codeboek.html`, content: html },
      ]));
    case "codebook-html":
      return file(html());
    case "codebook-json":
      return file([JSON.stringify({ generatedAt: now.toISOString(), ...ctx.codebook }, null, 2)]);
  }
}
