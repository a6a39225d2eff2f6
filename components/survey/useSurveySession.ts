"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { TAnswers, TFormValues } from "@/lib/survey/elements/types";
import { pageValues, path, type TRespondent } from "@/lib/survey/engine/flow";
import { structure } from "@/lib/survey/engine/structure";
import type { TVersionDef } from "@/lib/survey/version/schema";
import { languagesOf, localize } from "@/lib/survey/i18n/texts";
import { messages } from "@/lib/survey/i18n/messages";
import { getState, type TApiError, type TResumeState } from "@/lib/survey/client/api";
import { clearDraft, loadDraft, storeDraft } from "@/lib/survey/client/drafts";
import { historyMove, isHistoryEntry, seedEntries, type THistoryEntry } from "@/lib/survey/client/history";
import { withRetry } from "@/lib/survey/client/retry";
import { savePageWithRetry } from "@/lib/survey/client/saver";
import type { TSessionIo } from "@/lib/survey/client/api";
import {
  acceptedValues, answersAfterSave, draftsAfterSave, previousPage, storableDraft, versionFor, type TDrafts,
} from "@/lib/survey/client/session";
import {
  clearProgress, loadProgress, newCredentials, parseResumeHash, storeProgress, type TStoredProgress,
} from "@/lib/survey/client/storage";

/**
 * The respondent's session: who they are (ID + secret + save number, kept in localStorage), which
 * version they answer, their answers by variable, which page is shown. Every move forward is a
 * save the server acknowledged; the flow engine derives everything else.
 */
export type TSaveStatus = "idle" | "saving" | "retrying";
export type TSubmitResult = { ok: true } | { ok: false; error: TApiError };

type TState = {
  phase: "loading" | "ready";
  /** While loading: why it takes long (no connection), shown instead of a bare "loading". */
  loadingNotice?: string;
  /** Continued from what this browser stored: someone else on a shared device can start anew. */
  isResumed?: boolean;
  progress?: TStoredProgress;
  /** The version answered: the page's active version, or the one an existing response was created with. */
  def: TVersionDef;
  page: string;
  respondent: TRespondent & { order: Record<string, string[]> };
  /** Unsaved form values of pages left with "Vorige", so coming back shows them again. */
  drafts: TDrafts;
  /** The randomised orders are made by the server when it creates the response. */
  hasOrder: boolean;
  notice?: string;
  /** The response was started through the test link. */
  isTest?: boolean;
  /** The language the version is read in: the page's, or the one a resumed response was answered in. */
  language: string;
};

/** Site storage, or undefined where the browser blocks it (cookies off, framed on another site): reading `localStorage` then throws. */
function storage(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

/** What a form on screen offers the session: its values (kept as a draft when leaving) and its submit ("Volgende"). */
export type TFormHandle = { getValues: () => TFormValues; submit: () => Promise<void> };

const EMPTY: TAnswers = {};

function fresh(def: TVersionDef, language: string, notice?: string): TState {
  return { phase: "ready", def, page: path(def, EMPTY)[0], respondent: { answers: EMPTY, order: {} }, drafts: {}, hasOrder: false, notice, language };
}

/**
 * The page's language; chosen on purpose (`?lang=`, the switch) it wins, else a resumed response
 * continues in the language it was answered in.
 */
export type TLanguageChoice = { language: string; isChosen: boolean };

/** Where the session saves and keeps its progress (TSessionIo); stable across renders. */
const SERVER_IO: TSessionIo = { fetch: (...args) => fetch(...args), storage };

/** How the respondent came in, sent with the first page: the link's source and the test link's token. */
export type TEntry = { source?: string; testToken?: string };

export function useSurveySession(
  active: { def: TVersionDef; version: number }, slug: string, entry: TEntry = {}, io: TSessionIo = SERVER_IO,
  choice: TLanguageChoice = { language: languagesOf(active.def)[0], isChosen: false },
) {
  const { source, testToken } = entry;
  const { def: activeDef, version: activeVersion } = active;
  const { language: pageLanguage, isChosen: isLanguageChosen } = choice;
  const m = messages(pageLanguage);
  const NO_STORAGE_NOTICE = m.noStorage;
  const [state, setState] = useState<TState>(() => ({ ...fresh(activeDef, pageLanguage), phase: "loading" }));
  const [saveStatus, setSaveStatus] = useState<TSaveStatus>("idle");
  const isMounted = useRef(true);
  const stateRef = useRef(state);
  stateRef.current = state;
  // Browser history: one entry per page shown (see lib/survey/client/history.ts).
  const historyIntent = useRef<"seed" | "push" | "replace" | "none">("seed");
  const historyAt = useRef(0);
  /** Set while the browser is being put back on the current entry: that popstate is not a move. */
  const isRestoring = useRef(false);
  /** A save started by the browser's Forward button: its entry exists already. */
  const isForwarding = useRef(false);
  /** Counts acknowledged saves: did a Forward's save move on? */
  const savedCount = useRef(0);
  const form = useRef<TFormHandle | undefined>(undefined);

  const applyResume = useCallback((progress: TStoredProgress, r: TResumeState, isResumed = false) => {
    const next = { ...progress, seq: Math.max(progress.seq, r.seq) };
    storeProgress(io.storage(), slug, next);
    const draft = loadDraft(io.storage(), slug, progress.responseId, r.currentPage);
    const def = versionFor({ def: activeDef, version: activeVersion }, r);
    const isKnown = (lang: string) => languagesOf(def).includes(lang);
    const language = isLanguageChosen && isKnown(pageLanguage) ? pageLanguage : isKnown(r.language) ? r.language : languagesOf(def)[0];
    setState((s) => ({
      phase: "ready", progress: next, def, language, page: r.currentPage,
      respondent: { answers: r.answers, order: r.displayOrder }, drafts: draft ? { [r.currentPage]: draft } : {}, hasOrder: true,
      isResumed: isResumed || s.isResumed, notice: s.notice === NO_STORAGE_NOTICE ? s.notice : undefined, isTest: r.isTest,
    }));
  }, [slug, activeDef, activeVersion, io, pageLanguage, isLanguageChosen, NO_STORAGE_NOTICE]);

  const load = useCallback(async () => {
    const fromLink = parseResumeHash(window.location.hash);
    if (fromLink) {
      const known = loadProgress(io.storage(), slug);
      storeProgress(io.storage(), slug, { ...fromLink, seq: known?.responseId === fromLink.responseId ? known.seq : 0 });
      // The key must not linger in the address bar, history or a shared screenshot.
      window.history.replaceState(null, "", window.location.pathname + window.location.search);
    }
    if (!io.storage()) setState((s) => ({ ...s, notice: NO_STORAGE_NOTICE }));
    const progress = loadProgress(io.storage(), slug) ?? (fromLink && { ...fromLink, seq: 0 });
    if (!progress) return setState((s) => ({ ...s, phase: "ready", loadingNotice: undefined }));
    const res = await withRetry(() => getState(io.fetch, slug, progress.responseId, progress.secret), {
      isCancelled: () => !isMounted.current,
      onRetry: (_attempt, reason) => setState((s) => ({ ...s, loadingNotice: `${m.offline} (${reason})` })),
    });
    if (res.ok) return applyResume(progress, res.data, !fromLink);
    if (res.error.status === 403 || res.error.status === 404) {
      clearProgress(io.storage(), slug);
      return setState(fresh(activeDef, pageLanguage, m.notFoundAgain));
    }
    setState((s) => ({ ...s, phase: "ready", loadingNotice: undefined, notice: res.error.error }));
  }, [slug, activeDef, applyResume, io, pageLanguage, m, NO_STORAGE_NOTICE]);

  useEffect(() => {
    isMounted.current = true;
    void load();
    return () => {
      isMounted.current = false;
    };
  }, [load]);

  /** The server's state, after a save whose outcome the browser cannot derive by itself. */
  const refresh = useCallback(async (progress: TStoredProgress): Promise<TSubmitResult> => {
    const s = await withRetry(() => getState(io.fetch, slug, progress.responseId, progress.secret), { isCancelled: () => !isMounted.current });
    if (!s.ok) return { ok: false, error: s.error };
    historyIntent.current = isForwarding.current ? "replace" : "push";
    applyResume(progress, s.data);
    return { ok: true };
  }, [slug, applyResume, io]);

  const submit = useCallback(
    async (page: string, values: TFormValues, durationMs: number): Promise<TSubmitResult> => {
      const current = stateRef.current;
      let progress = current.progress;
      if (!progress) {
        progress = { ...newCredentials(), seq: 0 };
        setState((s) => ({ ...s, progress }));
      }
      setSaveStatus("saving");
      const { seq, result } = await savePageWithRetry(
        { slug, storage: io.storage(), fetchImpl: io.fetch },
        progress,
        page === path(current.def, EMPTY)[0]
          ? { page, values, durationMs, source, test: testToken, version: activeVersion, language: current.language }
          : { page, values, durationMs, language: current.language },
        { onRetry: () => setSaveStatus("retrying"), isCancelled: () => !isMounted.current },
      );
      setSaveStatus("idle");
      if (!result.ok) return { ok: false, error: result.error };
      savedCount.current++;
      clearDraft(io.storage(), slug);
      const acknowledged = { ...progress, seq };
      // A repeated save number (a retry of a save that did arrive) or a new response (the server
      // made its random orders and chose its version): continue from what the server stores.
      if (result.data.isDuplicate || !current.hasOrder) return refresh(acknowledged);
      let after: ReturnType<typeof answersAfterSave>;
      try {
        after = answersAfterSave(current.def, current.respondent, page, values);
      } catch {
        return refresh(acknowledged);
      }
      historyIntent.current = isForwarding.current ? "replace" : "push";
      setState((s) => ({
        ...s, progress: acknowledged, respondent: { ...s.respondent, answers: after.answers },
        drafts: draftsAfterSave(s.def, s.drafts, page, after.changed), page: result.data.currentPage, notice: undefined,
      }));
      return { ok: true };
    },
    [slug, source, testToken, activeVersion, refresh, io],
  );

  /** To `target` (default: the page before), keeping what is on screen as the page's draft. */
  const goBack = useCallback((page: string, draft: TFormValues, target?: string) => {
    setState((s) => {
      const prev = target ?? previousPage(path(s.def, s.respondent.answers), page);
      return prev ? { ...s, page: prev, drafts: { ...s.drafts, [page]: draft } } : s;
    });
  }, []);

  /** "Vorige": through the browser's history when the entry before is this questionnaire's, so Back and Vorige stay one. */
  const back = useCallback((page: string, draft: TFormValues) => {
    const entry: unknown = window.history.state;
    if (isHistoryEntry(entry) && entry.sv === page && entry.n > 0) {
      window.history.back();
      return;
    }
    historyIntent.current = "replace";
    goBack(page, draft);
  }, [goBack]);

  /** A shared device: the next person starts a response of their own (the earlier one stays resumable by its link). */
  const startNew = useCallback(() => {
    clearProgress(io.storage(), slug);
    clearDraft(io.storage(), slug);
    historyIntent.current = "replace";
    setState(fresh(activeDef, pageLanguage));
  }, [slug, activeDef, io, pageLanguage]);

  /** Keeps what is typed on the current page, so a reload shows it again. */
  const keepDraft = useCallback((page: string, values: TFormValues) => {
    const { progress, def, respondent } = stateRef.current;
    const kept = progress ? storableDraft(def, page, respondent, values) : undefined;
    if (progress && kept) storeDraft(io.storage(), slug, { responseId: progress.responseId, page, values: kept });
  }, [slug, io]);

  const reload = useCallback(async () => {
    historyIntent.current = "replace";
    setState((s) => ({ ...s, phase: "loading" }));
    await load();
  }, [load]);

  const { phase, page: shownPage } = state;
  useEffect(() => {
    if (phase !== "ready") return;
    const intent = historyIntent.current;
    historyIntent.current = "none";
    const h = window.history;
    const here = window.location.pathname + window.location.search;
    const current: unknown = h.state;
    if (intent === "seed") {
      // A fresh visit lays an entry per earlier page; a reload keeps the entries it has.
      if (isHistoryEntry(current) && current.sv === shownPage) {
        historyAt.current = current.n;
        return;
      }
      const entries = seedEntries(path(stateRef.current.def, stateRef.current.respondent.answers), shownPage);
      entries.forEach((entry, i) => (i === 0 ? h.replaceState(entry, "", here) : h.pushState(entry, "", here)));
      historyAt.current = entries.at(-1)?.n ?? 0;
    } else if (intent === "push") {
      const entry: THistoryEntry = { sv: shownPage, n: historyAt.current + 1 };
      h.pushState(entry, "", here);
      historyAt.current = entry.n;
    } else if (!isHistoryEntry(current) || current.sv !== shownPage) {
      h.replaceState({ sv: shownPage, n: historyAt.current } satisfies THistoryEntry, "", here);
    }
  }, [phase, shownPage]);

  useEffect(() => {
    const onPop = (event: PopStateEvent) => {
      if (isRestoring.current) {
        isRestoring.current = false;
        return;
      }
      const s = stateRef.current;
      if (s.phase !== "ready" || !isHistoryEntry(event.state)) return;
      const pages = path(s.def, s.respondent.answers);
      const canGoBack = s.page !== pages[0] && s.page !== structure(s.def).endPage.id;
      const move = historyMove(pages, s.page, historyAt.current, event.state, canGoBack);
      const at = historyAt.current;
      if (move.kind === "back") {
        historyAt.current = event.state.n;
        historyIntent.current = "replace";
        goBack(s.page, form.current?.getValues() ?? {}, move.page);
      } else if (move.kind === "forward") {
        // As "Volgende": save the page on screen; when it does not move on, the browser goes back to it.
        const entry = event.state;
        const saves = savedCount.current;
        historyAt.current = entry.n;
        isForwarding.current = true;
        void (form.current?.submit() ?? Promise.resolve()).finally(() => {
          isForwarding.current = false;
          if (savedCount.current !== saves) return;
          historyAt.current = entry.n - 1;
          isRestoring.current = true;
          window.history.back();
        });
      } else if (move.kind === "refuse") {
        isRestoring.current = true;
        if (move.direction === "back") window.history.go(at - event.state.n);
        else window.history.back();
      }
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, [goBack]);

  const { def, page, respondent, drafts } = state;
  const pages = useMemo(() => path(def, respondent.answers), [def, respondent.answers]);
  /** The page's saved values with the unsaved ones over them, limited to what the page accepts now. */
  const defaultValues = useMemo(() => {
    if (!pages.includes(page)) return {};
    const values = { ...pageValues(def, page, respondent), ...drafts[page] };
    return acceptedValues(def, page, respondent, values);
  }, [def, page, pages, respondent, drafts]);
  // The texts in the respondent's language; the flow reads codes and IDs only, so the engine is indifferent.
  const shown = useMemo(() => localize(def, state.language), [def, state.language]);
  return { ...state, def: shown, pages, defaultValues, saveStatus, submit, back, keepDraft, reload, startNew, form };
}
