import "server-only";
import { filterQuery, parseFilters } from "@/lib/analysis/filters";
import { errorResponse } from "@/lib/http/json";
import { ZExportFormat } from "./formats";
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
    const filters = parseFilters(params);
    const file = await exportFile(slug, format, filters);
    // Recorded when the file starts: who took which data, with which filters.
    await recordExport(slug, actorId, { format, fileName: file.fileName, filters: filterQuery(filters) });
    return downloadResponse(file.body, file.fileName, file.contentType);
  } catch (error) {
    return errorResponse(error);
  }
}
