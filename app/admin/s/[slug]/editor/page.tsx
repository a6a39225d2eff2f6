import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { findSurvey, getDraft, listVersions } from "@/lib/survey/publish/service";
import type { TDraftDef } from "@/lib/survey/editor/tree";
import { Editor } from "@/components/editor/Editor";
import { startDraftAction } from "../versions/actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Editor" };

/** The draft in the editor; publishing stays on the Versions tab (review of the differences first). */
export default async function EditorPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireSurveyArea(slug, "versions");
  const survey = await findSurvey(slug);
  if (!survey) notFound();
  const [draft, versions] = await Promise.all([getDraft(survey.id), listVersions(survey.id)]);
  const nextVersion = Math.max(0, ...versions.map((v) => v.version)) + 1;
  if (!draft || typeof draft.definition !== "object" || draft.definition === null || Array.isArray(draft.definition)) {
    return (
      <main>
        <h2>Editor</h2>
        <p>Er is geen concept. Maak een concept van de laatste versie om die te bewerken; de versie zelf blijft zoals ze is.</p>
        <form action={startDraftAction}>
          <input type="hidden" name="slug" value={survey.slug} />
          <button type="submit" className="btn">Concept maken van de laatste versie</button>
        </form>
      </main>
    );
  }
  return (
    <main>
      <h2 className="visually-hidden">Editor</h2>
      <Editor slug={survey.slug} nextVersion={nextVersion} initial={{ definition: draft.definition as TDraftDef, revision: draft.revision }} />
    </main>
  );
}
