"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { TFlowMode, TSurveyDefinition } from "@/lib/survey/definition";
import { previousPage, type TPageId } from "@/lib/survey/flow";
import { getState, type TApiError, type TResumeState } from "@/lib/survey/client/api";
import { withRetry } from "@/lib/survey/client/retry";
import { savePageWithRetry } from "@/lib/survey/client/saver";
import { acceptedDraft, activitiesOf, applySave, draftsAfterSave, pagesOf, type TPageValuesMap } from "@/lib/survey/client/session";
import { PageOrderError, pageSchema } from "@/lib/survey/pages";
import { clearDraft, loadDraft, storeDraft } from "@/lib/survey/client/drafts";
import {
  clearProgress, loadProgress, newCredentials, parseResumeHash, storeProgress, type TStoredProgress,
} from "@/lib/survey/client/storage";

/**
 * The respondent's session: who they are (ID + secret + save number, kept in localStorage), what
 * is saved, which page is shown. Every move forward is a save the server acknowledged.
 */
export type TSaveStatus = "idle" | "saving" | "retrying";
export type TSubmitResult = { ok: true } | { ok: false; error: TApiError };

type TState = {
  phase: "loading" | "ready";
  progress?: TStoredProgress;
  mode: TFlowMode;
  page: TPageId;
  saved: TPageValuesMap;
  /** Unsaved form values of pages left with "Vorige", so coming back shows them again. */
  drafts: TPageValuesMap;
  displayOrder?: Record<string, string[]>;
  notice?: string;
};

const storage = () => (typeof window === "undefined" ? undefined : window.localStorage);

export function useSurveySession(def: TSurveyDefinition, slug: string, flowMode: TFlowMode, source?: string) {
  const [state, setState] = useState<TState>({ phase: "loading", mode: flowMode, page: "welcome", saved: {}, drafts: {} });
  const [saveStatus, setSaveStatus] = useState<TSaveStatus>("idle");
  const isMounted = useRef(true);
  const stateRef = useRef(state);
  stateRef.current = state;

  const applyResume = useCallback((progress: TStoredProgress, r: TResumeState) => {
    const next = { ...progress, seq: Math.max(progress.seq, r.seq) };
    storeProgress(storage(), slug, next);
    const draft = loadDraft(storage(), slug, progress.responseId, r.currentPage);
    setState({
      phase: "ready", progress: next, mode: r.flowMode, page: r.currentPage, saved: r.values,
      drafts: draft ? { [r.currentPage]: draft } : {}, displayOrder: r.displayOrder,
    });
  }, [slug]);

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
      return setState({
        phase: "ready", mode: flowMode, page: "welcome", saved: {}, drafts: {},
        notice: "We konden je eerdere antwoorden niet terugvinden. Je begint opnieuw.",
      });
    }
    setState((s) => ({ ...s, phase: "ready", notice: res.error.error }));
  }, [slug, flowMode, applyResume]);

  useEffect(() => {
    isMounted.current = true;
    void load();
    return () => {
      isMounted.current = false;
    };
  }, [load]);

  const submit = useCallback(
    async (page: TPageId, values: Record<string, unknown>, durationMs: number): Promise<TSubmitResult> => {
      let progress = stateRef.current.progress;
      if (!progress) {
        progress = { ...newCredentials(), seq: 0 };
        setState((s) => ({ ...s, progress }));
      }
      setSaveStatus("saving");
      const { seq, result } = await savePageWithRetry(
        { slug, storage: storage(), fetchImpl: fetch },
        progress,
        { page, values, durationMs, source: page === "welcome" ? source : undefined },
        { onRetry: () => setSaveStatus("retrying"), isCancelled: () => !isMounted.current },
      );
      setSaveStatus("idle");
      if (!result.ok) return { ok: false, error: result.error };
      clearDraft(storage(), slug);
      const acknowledged = { ...progress, seq };
      if (result.data.isDuplicate) {
        // The server already had this save number: a retry of a save that did arrive, or (rarely)
        // another device that used the same number. Either way, continue from what is stored.
        const s = await withRetry(() => getState(fetch, slug, acknowledged.responseId, acknowledged.secret));
        if (s.ok) {
          applyResume(acknowledged, s.data);
          return { ok: true };
        }
      }
      let displayOrder = stateRef.current.displayOrder;
      if (!displayOrder) {
        // The random competence order is made by the server when the response is created.
        const s = await withRetry(() => getState(fetch, slug, acknowledged.responseId, acknowledged.secret));
        if (s.ok) displayOrder = s.data.displayOrder;
      }
      setState((s) => ({
        ...s, progress: acknowledged, saved: applySave(def, s.saved, page, values), drafts: draftsAfterSave(def, s.saved, s.drafts, page, values),
        page: result.data.currentPage, displayOrder, notice: undefined,
      }));
      return { ok: true };
    },
    [def, slug, source, applyResume],
  );

  const back = useCallback((page: TPageId, draft: Record<string, unknown>) => {
    setState((s) => {
      const prev = previousPage(pagesOf(def, s.mode, s.saved), page);
      return prev ? { ...s, page: prev, drafts: { ...s.drafts, [page]: draft } } : s;
    });
  }, [def]);

  /** Keeps what is typed on the current page, so a reload shows it again. */
  const keepDraft = useCallback((page: TPageId, values: Record<string, unknown>) => {
    const responseId = stateRef.current.progress?.responseId;
    if (responseId) storeDraft(storage(), slug, { responseId, page, values });
  }, [slug]);

  const reload = useCallback(async () => {
    setState((s) => ({ ...s, phase: "loading" }));
    await load();
  }, [load]);

  const pages = useMemo(() => pagesOf(def, state.mode, state.saved), [def, state.mode, state.saved]);
  const activities = useMemo(() => activitiesOf(def, state.saved), [def, state.saved]);
  const draft = useMemo(() => {
    let fields: string[] = [];
    try {
      fields = Object.keys(pageSchema(def, state.page, { activities }).shape);
    } catch (e) {
      if (!(e instanceof PageOrderError)) throw e;
    }
    return acceptedDraft(fields, state.drafts[state.page]);
  }, [def, state.page, state.drafts, activities]);
  return {
    ...state,
    /** Unsaved values of the page on screen, limited to what the page accepts now. */
    draft,
    pages,
    activities,
    saveStatus,
    submit,
    back,
    keepDraft,
    reload,
  };
}
