import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { reviewDraft } from "@/lib/survey/publish/service";
import { isSurveySlug } from "@/lib/survey/slug";
import { PreviewSurvey } from "@/components/survey/PreviewSurvey";
import { pick } from "@/lib/i18n/admin";
import { adminLang } from "@/lib/i18n/admin-server";
import { PREVIEW } from "@/lib/i18n/admin/preview";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: pick(PREVIEW, await adminLang()).title, robots: { index: false } };
}

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
  const [review, lang] = await Promise.all([reviewDraft(access.surveyId), adminLang()]);
  const t = pick(PREVIEW, lang);
  if (isLive) {
    // Next to the editor: the editor sends the draft as it is typed (components/editor/Editor.tsx).
    return <PreviewSurvey def={review.state === "ready" ? review.def : null} version={review.state === "ready" ? (review.live ?? 0) + 1 : 1} slug={slug} isLive adminLang={lang} />;
  }
  if (review.state !== "ready") {
    return (
      <main className="container sv-main">
        <p role="status">{review.state === "none" ? t.noDraft : t.invalid}</p>
      </main>
    );
  }
  return <PreviewSurvey def={review.def} version={(review.live ?? 0) + 1} slug={slug} adminLang={lang} />;
}
