import { getSurveyContext } from "@/lib/analysis/survey";
import { env } from "@/lib/env";
import { errorResponse, jsonError } from "@/lib/http/json";
import { PdfUnavailableError, renderPdf, sessionCookie } from "@/lib/pdf/render";
import { isSurveySlug } from "@/lib/survey/slug";
import { withSurveyArea } from "@/lib/auth/survey-access";

/**
 * GET /api/admin/s/[slug]/results/pdf?<the results page's query>: the results page, with the same
 * filters and comparison, as a PDF report. Printed by headless Chromium from this server, signed
 * in with the requester's own session (lib/pdf/render.ts); 503 when Chromium is not available.
 */
export const dynamic = "force-dynamic";

export const GET = withSurveyArea<{ params: Promise<{ slug: string }> }>("results", async (request, { params }) => {
  const { slug } = await params;
  const survey = isSurveySlug(slug) ? await getSurveyContext(slug) : null;
  if (!survey) return jsonError(404, "Deze vragenlijst bestaat niet.");
  const config = env();
  const url = `http://127.0.0.1:${config.PORT}/admin/s/${encodeURIComponent(survey.slug)}/results${request.nextUrl.search}`;
  try {
    const pdf = await renderPdf({ url, cookie: sessionCookie(request.headers.get("cookie")), executablePath: config.CHROMIUM_PATH });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="resultaten-${survey.slug}-${day}.pdf"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof PdfUnavailableError) return jsonError(503, error.message);
    return errorResponse(error);
  }
});
