import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { reviewDraft } from "@/lib/survey/publish/service";
import { isSurveySlug } from "@/lib/survey/slug";
import { PreviewSurvey } from "@/components/survey/PreviewSurvey";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Voorbeeld", robots: { index: false } };

/**
 * The survey's draft as respondents would get it, for its editors: shown in the Versions tab at
 * phone and desktop width (the only page framed, and only by this site). Saves stay in the page.
 */
export default async function PreviewPage({ params, searchParams }: {
  params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { slug } = await params;
  const isLive = (await searchParams).live !== undefined;
  if (!isSurveySlug(slug)) notFound();
  const { access } = await requireSurveyArea(slug, "versions");
  const review = await reviewDraft(access.surveyId);
  if (isLive) {
    // Next to the editor: the editor sends the draft as it is typed (components/editor/Editor.tsx).
    return <PreviewSurvey def={review.state === "ready" ? review.def : null} version={review.state === "ready" ? (review.live ?? 0) + 1 : 1} slug={slug} isLive />;
  }
  if (review.state !== "ready") {
    return (
      <main className="container sv-main">
        <p role="status">{review.state === "none" ? "Er is geen concept om te tonen." : "Het concept is nog niet geldig; los eerst de fouten op."}</p>
      </main>
    );
  }
  return <PreviewSurvey def={review.def} version={(review.live ?? 0) + 1} slug={slug} />;
}
