"use client";

import { useRef } from "react";
import type { TFlowMode, TSurveyDefinition } from "@/lib/survey/definition";
import type { TPageId } from "@/lib/survey/flow";
import { offerablePart, pagesOf, type TPageValuesMap } from "@/lib/survey/client/session";
import { PageForm } from "./PageForm";
import { Progress } from "./Progress";
import { ResumeLink } from "./ResumeLink";
import { useSurveySession } from "./useSurveySession";

/** Before a part is chosen, count with the first part so the bar does not jump from 1/3 to 4/8. */
function progressPages(def: TSurveyDefinition, mode: TFlowMode, saved: TPageValuesMap, pages: TPageId[]): TPageId[] {
  if (mode !== "choice" || saved.choice) return pages;
  return pagesOf(def, mode, { ...saved, choice: { part_choice: def.parts[0].id } });
}

/** The respondent's questionnaire: one page at a time, each saved before moving on. */
export function SurveyApp({ def, slug, flowMode, source }: { def: TSurveyDefinition; slug: string; flowMode: TFlowMode; source?: string }) {
  const s = useSurveySession(def, slug, flowMode, source);
  const firstPage = useRef<TPageId | undefined>(undefined);
  if (s.phase === "ready" && !firstPage.current) firstPage.current = s.page;
  if (s.phase === "loading") {
    return (
      <main className="container sv-main">
        <p role="status">Vragenlijst laden…</p>
      </main>
    );
  }
  const offerId = s.page === "done" ? offerablePart(def, s.mode, s.saved) : undefined;
  const offer = def.parts.find((p) => p.id === offerId);
  return (
    <main className="container sv-main">
      <header className="sv-header">
        <p className="sv-survey-title">{def.title}</p>
        <Progress pages={progressPages(def, s.mode, s.saved, s.pages)} page={s.page} />
      </header>
      {s.notice && (
        <p className="sv-notice sv-notice-warn" role="status">
          {s.notice}
        </p>
      )}
      <PageForm
        key={s.page}
        def={def}
        page={s.page}
        pages={s.pages}
        activities={s.activities}
        displayOrder={s.displayOrder}
        defaultValues={s.draft ?? s.saved[s.page] ?? {}}
        offer={offer}
        saveStatus={s.saveStatus}
        onSubmit={(values, durationMs) => s.submit(s.page, values, durationMs)}
        onBack={(draft) => s.back(s.page, draft)}
        onDraft={(values) => s.keepDraft(s.page, values)}
        onConflict={() => void s.reload()}
        isFirstPage={s.page === firstPage.current}
      />
      {s.progress && s.page !== "done" && <ResumeLink slug={slug} credentials={s.progress} />}
    </main>
  );
}
