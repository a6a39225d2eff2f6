"use client";

import "@/lib/zod-nl";
import { useLayoutEffect, useRef } from "react";
import type { TFormValues } from "@/lib/survey/elements/types";
import type { TVersionDef } from "@/lib/survey/version/schema";
import { progressPages } from "@/lib/survey/client/session";
import { ClosedNotice } from "./ClosedNotice";
import { NewParticipant } from "./NewParticipant";
import { structure } from "@/lib/survey/engine/structure";
import { PageForm } from "./PageForm";
import { Progress } from "./Progress";
import { ResumeLink } from "./ResumeLink";
import { TestBar } from "./TestBar";
import type { TSessionIo } from "@/lib/survey/client/api";
import { useSurveySession, type TLanguageChoice } from "./useSurveySession";
import { LanguageContext } from "./language";
import { LanguageSwitch, type TLanguageLink } from "./LanguageSwitch";
import { messages } from "@/lib/survey/i18n/messages";

/** The respondent's questionnaire: one page at a time, each saved before moving on. */
export type TSurveyAppProps = {
  /** The active version in the general model, and its number. */
  def: TVersionDef;
  version: number;
  slug: string;
  source?: string;
  /** The test link's token (already checked by the page, which shows the test bar): the first save sends it. */
  testToken?: string;
  /** Set when the survey takes no new respondents: a new one reads this; a started one continues. */
  closedNotice?: string;
  /**
   * The server's static first page is on screen (SurveyShell): it stays until this takes over,
   * and what was ticked on it carries over to a new respondent's first page.
   */
  firstPage?: { values: () => TFormValues; onShown: () => void };
  /** A researcher's preview: saves stay in the page (lib/survey/client/preview.ts). */
  io?: TSessionIo;
  /** The language the page was asked in (`def` is the version as written; the session shows it in the respondent's language). */
  language?: TLanguageChoice;
  /** The language switch's links, when the version has more than one language. */
  languageLinks?: TLanguageLink[];
};

export function SurveyApp({ def: activeDef, version, slug, source, testToken, closedNotice, firstPage, io, language, languageLinks = [] }: TSurveyAppProps) {
  const s = useSurveySession({ def: activeDef, version }, slug, { source, testToken }, io, language);
  const m = messages(s.language);
  const arrivalPage = useRef<string | undefined>(undefined);
  const carried = useRef<TFormValues | undefined>(undefined);
  const isShown = useRef(!firstPage);
  if (s.phase === "ready" && !arrivalPage.current) {
    arrivalPage.current = s.page;
    carried.current = !s.progress && s.page === s.pages[0] ? firstPage?.values() : undefined;
  }
  useLayoutEffect(() => {
    // Before the browser paints: the static page and this one are never both on screen. A load
    // that takes long (no connection) replaces the static page with its notice.
    if ((s.phase !== "ready" && !s.loadingNotice) || isShown.current) return;
    isShown.current = true;
    firstPage?.onShown();
  }, [s.phase, s.loadingNotice, firstPage]);

  if (s.phase === "loading") {
    if (!isShown.current && !s.loadingNotice) return null;
    return (
      <main className="container sv-main">
        <p role="status">{s.loadingNotice ?? m.loading}</p>
      </main>
    );
  }
  if (closedNotice && !s.progress) return <ClosedNotice title={s.def.title} message={closedNotice} lang={s.language} />;
  const { def } = s;
  const isEnd = s.page === structure(def).endPage.id;
  const isFinished = isEnd && !!s.progress;
  const pageTitle = structure(def).page(s.page)?.title ?? def.title;
  const isStart = s.page === s.pages[0];
  const defaultValues = s.page === arrivalPage.current && carried.current ? { ...s.defaultValues, ...carried.current } : s.defaultValues;
  return (
    <LanguageContext.Provider value={s.language}>
    <main className="container sv-main" lang={s.language}>
      {/* A test response resumed without the test link: the page shows no bar of its own. */}
      {s.isTest && !testToken && <TestBar />}
      <LanguageSwitch links={languageLinks} current={s.language} />
      {/* The survey's title once: not above a page whose own title is the same. */}
      {(pageTitle !== def.title || !isStart) && (
        <header className="sv-header">
          {pageTitle !== def.title && <p className="sv-survey-title">{def.title}</p>}
          <Progress def={def} pages={progressPages(def, s.respondent.answers)} page={s.page} lang={s.language} />
        </header>
      )}
      {s.notice && (
        <p className="sv-notice sv-notice-warn" role="status">
          {s.notice}
        </p>
      )}
      {/* A preview (io given) starts on the page being edited: not a returning respondent, and no link to keep. */}
      {s.isResumed && !io && !isEnd && s.page === arrivalPage.current && <NewParticipant onStart={s.startNew} isFinished={false} />}
      <PageForm
        key={`${def.version}:${s.page}`}
        def={def}
        respondent={s.respondent}
        page={s.page}
        pages={s.pages}
        defaultValues={defaultValues}
        saveStatus={s.saveStatus}
        onSubmit={(values, durationMs) => s.submit(s.page, values, durationMs)}
        onBack={(draft) => s.back(s.page, draft)}
        onDraft={(values) => s.keepDraft(s.page, values)}
        onConflict={() => void s.reload()}
        isFirstPage={s.page === arrivalPage.current}
        handle={s.form}
        lang={s.language}
      />
      {s.progress && !isEnd && !io && <ResumeLink slug={slug} credentials={s.progress} />}
      {isFinished && <NewParticipant onStart={s.startNew} isFinished />}
    </main>
    </LanguageContext.Provider>
  );
}
