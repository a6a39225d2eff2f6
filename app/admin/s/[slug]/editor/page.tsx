import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { findSurvey, getDraft, listVersions } from "@/lib/survey/publish/service";
import type { TDraftDef } from "@/lib/survey/editor/tree";
import { Editor } from "@/components/editor/Editor";
import { pick } from "@/lib/i18n/admin";
import { adminLang } from "@/lib/i18n/admin-server";
import { EDITOR_PAGE } from "@/lib/i18n/admin/versions";
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
  const t = pick(EDITOR_PAGE, await adminLang());
  if (!draft || typeof draft.definition !== "object" || draft.definition === null || Array.isArray(draft.definition)) {
    return (
      <main>
        <h2>Editor</h2>
        <p>{t.noDraft}</p>
        <form action={startDraftAction}>
          <input type="hidden" name="slug" value={survey.slug} />
          <button type="submit" className="btn">{t.startDraft}</button>
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
