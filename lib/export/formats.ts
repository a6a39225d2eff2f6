import { z } from "zod";
import { ZLanguage } from "@/lib/survey/version/primitives";
import { filterCodes, type TResultFilters } from "@/lib/analysis/filters";

/** The export formats, their downloads and their Dutch names for the export page. */
export const EXPORT_FORMATS = ["csv-wide", "csv-long", "xlsx", "spss", "r", "codebook-html", "codebook-json"] as const;

export const ZExportFormat = z.enum(EXPORT_FORMATS, {
  error: `format: kies uit ${EXPORT_FORMATS.join(", ")}.`,
});
export type TExportFormat = z.infer<typeof ZExportFormat>;

export const FORMAT_INFO: Record<TExportFormat, { title: string; description: string; extension: string; contentType: string }> = {
  "csv-wide": {
    title: "CSV (breed)",
    description: "Eén rij per antwoord, numerieke codes, kolomnamen = variabelenamen.",
    extension: "csv",
    contentType: "text/csv; charset=utf-8",
  },
  "csv-long": {
    title: "CSV (lang)",
    description: "Eén rij per antwoord × vraag, met waardelabel.",
    extension: "csv",
    contentType: "text/csv; charset=utf-8",
  },
  xlsx: {
    title: "Excel (XLSX)",
    description: "Werkblad \"data\" en werkblad \"codebook\".",
    extension: "xlsx",
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  },
  spss: {
    title: "SPSS / PSPP",
    description: "Zip met syntax (.sps), data (CSV) en codeboek: labels, waardelabels, ontbrekende waarden en meetniveaus.",
    extension: "zip",
    contentType: "application/zip",
  },
  r: {
    title: "R",
    description: "Zip met een R-script dat de CSV inleest met labels en factoren, data (CSV) en codeboek.",
    extension: "zip",
    contentType: "application/zip",
  },
  "codebook-html": {
    title: "Codeboek (HTML)",
    description: "Leesbaar overzicht van alle variabelen.",
    extension: "html",
    contentType: "text/html; charset=utf-8",
  },
  "codebook-json": {
    title: "Codeboek (JSON)",
    description: "Machineleesbaar codeboek.",
    extension: "json",
    contentType: "application/json; charset=utf-8",
  },
};

/** A file name that says what is in it: survey, filters and moment of export. */
export function exportBaseName(slug: string, filters: TResultFilters, now: Date): string {
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
  const parts = [
    slug,
    filters.wave.join("-"),
    ...filterCodes(filters),
    filters.flowMode ?? "",
    filters.includePartial ? "incl-onvolledig" : "",
    filters.includeExcluded ? "incl-uitgesloten" : "",
    filters.includeTest ? "incl-test" : "",
    stamp,
  ];
  return parts.filter(Boolean).join("_").replace(/[^\w.-]/g, "-");
}

/** `?labels=en`: the language of the labels (variable and value labels, question texts). */
export const LABELS_PARAM = "labels";
export const ZLabelLanguage = ZLanguage.optional();
