"use client";

import { useRef } from "react";
import type { TVersionDef } from "@/lib/survey/version/schema";
import { progressPages } from "@/lib/survey/client/session";
import { NewParticipant } from "./NewParticipant";
import { structure } from "@/lib/survey/engine/structure";
import { PageForm } from "./PageForm";
import { Progress } from "./Progress";
import { ResumeLink } from "./ResumeLink";
import { useSurveySession } from "./useSurveySession";

/** The respondent's questionnaire: one page at a time, each saved before moving on. */
type TProps = {
  /** The active version in the general model, and its number. */
  def: TVersionDef;
  version: number;
  slug: string;
  source?: string;
};

export function SurveyApp({ def: activeDef, version, slug, source }: TProps) {
  const s = useSurveySession({ def: activeDef, version }, slug, source);
  const firstPage = useRef<string | undefined>(undefined);
  if (s.phase === "ready" && !firstPage.current) firstPage.current = s.page;
  if (s.phase === "loading") {
    return (
      <main className="container sv-main">
        <p role="status">{s.loadingNotice ?? "Vragenlijst laden…"}</p>
      </main>
    );
  }
  const { def } = s;
  const isEnd = s.page === structure(def).endPage.id;
  const isFinished = isEnd && !!s.progress;
  return (
    <main className="container sv-main">
      <header className="sv-header">
        <p className="sv-survey-title">{def.title}</p>
        <Progress def={def} pages={progressPages(def, s.respondent.answers)} page={s.page} />
      </header>
      {s.notice && (
        <p className="sv-notice sv-notice-warn" role="status">
          {s.notice}
        </p>
      )}
      {s.isResumed && !isEnd && s.page === firstPage.current && <NewParticipant onStart={s.startNew} isFinished={false} />}
      <PageForm
        key={`${def.version}:${s.page}`}
        def={def}
        respondent={s.respondent}
        page={s.page}
        pages={s.pages}
        defaultValues={s.defaultValues}
        saveStatus={s.saveStatus}
        onSubmit={(values, durationMs) => s.submit(s.page, values, durationMs)}
        onBack={(draft) => s.back(s.page, draft)}
        onDraft={(values) => s.keepDraft(s.page, values)}
        onConflict={() => void s.reload()}
        isFirstPage={s.page === firstPage.current}
        handle={s.form}
      />
      {s.progress && !isEnd && <ResumeLink slug={slug} credentials={s.progress} />}
      {isFinished && <NewParticipant onStart={s.startNew} isFinished />}
    </main>
  );
}
