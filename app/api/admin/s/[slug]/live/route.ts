import { getWatermark } from "@/lib/analysis/service";
import { getSurveyContext } from "@/lib/analysis/survey";
import { jsonError } from "@/lib/http/json";
import { isSurveySlug } from "@/lib/survey/slug";
import { withSurveyArea } from "@/lib/auth/survey-access";

export const dynamic = "force-dynamic";

/** The survey's change marker; the dashboard polls it and re-renders when it moves. */
export const GET = withSurveyArea<{ params: Promise<{ slug: string }> }>("monitoring", async (_request, { params }) => {
  const { slug } = await params;
  const survey = isSurveySlug(slug) ? await getSurveyContext(slug) : null;
  if (!survey) return jsonError(404, "Deze vragenlijst bestaat niet.");
  return Response.json({ watermark: await getWatermark(survey.id) }, { headers: { "Cache-Control": "no-store" } });
});
