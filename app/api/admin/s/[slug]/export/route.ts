import { exportResponse } from "@/lib/export/http";
import { jsonError } from "@/lib/http/json";
import { isSurveySlug } from "@/lib/survey/slug";
import { withSurveyArea } from "@/lib/auth/survey-access";

/**
 * GET /api/admin/s/[slug]/export?format=csv-wide|csv-long|xlsx|spss|r|codebook-html|codebook-json
 * plus the dashboard filters (wave, sectorGroup, flowMode, includePartial). Streams the file.
 */
export const dynamic = "force-dynamic";

export const GET = withSurveyArea<{ params: Promise<{ slug: string }> }>("export", async (request, context, user) => {
  const { slug } = await context.params;
  if (!isSurveySlug(slug)) return jsonError(404, "Deze vragenlijst bestaat niet.");
  return exportResponse(slug, request.nextUrl.searchParams, user.id);
});
