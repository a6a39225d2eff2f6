"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { TAnswers, TFormValues } from "@/lib/survey/elements/types";
import { pageValues, path, type TRespondent } from "@/lib/survey/engine/flow";
import type { TVersionDef } from "@/lib/survey/version/schema";
import { getState, type TApiError, type TResumeState } from "@/lib/survey/client/api";
import { clearDraft, loadDraft, storeDraft } from "@/lib/survey/client/drafts";
import { withRetry } from "@/lib/survey/client/retry";
import { savePageWithRetry } from "@/lib/survey/client/saver";
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
};

const storage = () => (typeof window === "undefined" ? undefined : window.localStorage);
const EMPTY: TAnswers = {};

function fresh(def: TVersionDef, notice?: string): TState {
  return { phase: "ready", def, page: path(def, EMPTY)[0], respondent: { answers: EMPTY, order: {} }, drafts: {}, hasOrder: false, notice };
}

export function useSurveySession(active: { def: TVersionDef; version: number }, slug: string, source?: string) {
  const { def: activeDef, version: activeVersion } = active;
  const [state, setState] = useState<TState>(() => ({ ...fresh(activeDef), phase: "loading" }));
  const [saveStatus, setSaveStatus] = useState<TSaveStatus>("idle");
  const isMounted = useRef(true);
  const stateRef = useRef(state);
  stateRef.current = state;

  const applyResume = useCallback((progress: TStoredProgress, r: TResumeState) => {
    const next = { ...progress, seq: Math.max(progress.seq, r.seq) };
    storeProgress(storage(), slug, next);
    const draft = loadDraft(storage(), slug, progress.responseId, r.currentPage);
    setState({
      phase: "ready", progress: next, def: versionFor({ def: activeDef, version: activeVersion }, r), page: r.currentPage,
      respondent: { answers: r.answers, order: r.displayOrder }, drafts: draft ? { [r.currentPage]: draft } : {}, hasOrder: true,
    });
  }, [slug, activeDef, activeVersion]);

  const load = useCallback(async () => {
    const fromLink = parseResumeHash(window.location.hash);
    if (fromLink) {
      const known = loadProgress(storage(), slug);
      storeProgress(storage(), slug, { ...fromLink, seq: known?.responseId === fromLink.responseId ? known.seq : 0 });
      // The key must not linger in the address bar, history or a shared screenshot.
      window.history.replaceState(null, "", window.location.pathname + window.location.search);
    }
    const progress = loadProgress(storage(), slug);
    if (!progress) return setState((s) => ({ ...s, phase: "ready" }));
    const res = await withRetry(() => getState(fetch, slug, progress.responseId, progress.secret), { isCancelled: () => !isMounted.current });
    if (res.ok) return applyResume(progress, res.data);
    if (res.error.status === 403 || res.error.status === 404) {
      clearProgress(storage(), slug);
      return setState(fresh(activeDef, "We konden je eerdere antwoorden niet terugvinden. Je begint opnieuw."));
    }
    setState((s) => ({ ...s, phase: "ready", notice: res.error.error }));
  }, [slug, activeDef, applyResume]);

  useEffect(() => {
    isMounted.current = true;
    void load();
    return () => {
      isMounted.current = false;
    };
  }, [load]);

  /** The server's state, after a save whose outcome the browser cannot derive by itself. */
  const refresh = useCallback(async (progress: TStoredProgress): Promise<TSubmitResult> => {
    const s = await withRetry(() => getState(fetch, slug, progress.responseId, progress.secret), { isCancelled: () => !isMounted.current });
    if (!s.ok) return { ok: false, error: s.error };
    applyResume(progress, s.data);
    return { ok: true };
  }, [slug, applyResume]);

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
        { slug, storage: storage(), fetchImpl: fetch },
        progress,
        page === path(current.def, EMPTY)[0] ? { page, values, durationMs, source, version: activeVersion } : { page, values, durationMs },
        { onRetry: () => setSaveStatus("retrying"), isCancelled: () => !isMounted.current },
      );
      setSaveStatus("idle");
      if (!result.ok) return { ok: false, error: result.error };
      clearDraft(storage(), slug);
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
      setState((s) => ({
        ...s, progress: acknowledged, respondent: { ...s.respondent, answers: after.answers },
        drafts: draftsAfterSave(s.def, s.drafts, page, after.changed), page: result.data.currentPage, notice: undefined,
      }));
      return { ok: true };
    },
    [slug, source, activeVersion, refresh],
  );

  const back = useCallback((page: string, draft: TFormValues) => {
    setState((s) => {
      const prev = previousPage(path(s.def, s.respondent.answers), page);
      return prev ? { ...s, page: prev, drafts: { ...s.drafts, [page]: draft } } : s;
    });
  }, []);

  /** Keeps what is typed on the current page, so a reload shows it again. */
  const keepDraft = useCallback((page: string, values: TFormValues) => {
    const { progress, def, respondent } = stateRef.current;
    const kept = progress ? storableDraft(def, page, respondent, values) : undefined;
    if (progress && kept) storeDraft(storage(), slug, { responseId: progress.responseId, page, values: kept });
  }, [slug]);

  const reload = useCallback(async () => {
    setState((s) => ({ ...s, phase: "loading" }));
    await load();
  }, [load]);

  const { def, page, respondent, drafts } = state;
  const pages = useMemo(() => path(def, respondent.answers), [def, respondent.answers]);
  /** The page's saved values with the unsaved ones over them, limited to what the page accepts now. */
  const defaultValues = useMemo(() => {
    if (!pages.includes(page)) return {};
    const values = { ...pageValues(def, page, respondent), ...drafts[page] };
    return acceptedValues(def, page, respondent, values);
  }, [def, page, pages, respondent, drafts]);
  return { ...state, pages, defaultValues, saveStatus, submit, back, keepDraft, reload };
}
