import "server-only";
import { filterQuery, parseFilters } from "@/lib/analysis/filters";
import { errorResponse } from "@/lib/http/json";
import { LABELS_PARAM, ZExportFormat, ZLabelLanguage } from "./formats";
import { exportFile, recordExport } from "./service";
import { downloadResponse } from "@/lib/http/download";

/**
 * The export download as an HTTP response: `format` plus the dashboard filters from the query
 * string. Bad input is a 400 JSON error before anything is streamed.
 */
export async function exportResponse(slug: string, searchParams: URLSearchParams, actorId: string | null = null): Promise<Response> {
  try {
    const params = new URLSearchParams(searchParams);
    const format = ZExportFormat.parse(params.get("format") ?? "csv-wide");
    params.delete("format");
    const language = ZLabelLanguage.parse(params.get(LABELS_PARAM) ?? undefined);
    params.delete(LABELS_PARAM);
    const filters = parseFilters(params);
    const file = await exportFile(slug, format, filters, new Date(), language);
    // Recorded when the file starts: who took which data, with which filters.
    await recordExport(slug, actorId, { format, fileName: file.fileName, filters: filterQuery(filters), ...(language ? { labels: language } : {}) });
    return downloadResponse(file.body, file.fileName, file.contentType);
  } catch (error) {
    return errorResponse(error);
  }
}
