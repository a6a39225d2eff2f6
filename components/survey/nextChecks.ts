"use client";

import { createContext, useContext, useEffect, useMemo, useRef } from "react";

/**
 * A question's last word before its page is saved: once the page is valid, the page form asks
 * each registered check; one that answers false holds the page (and shows why, e.g. "3 nog niet
 * beantwoord — toch verder?"), so the respondent can look again or press Volgende once more.
 */
type TCheck = () => boolean;
type TChecks = Set<{ current: TCheck }>;

const NextChecks = createContext<TChecks | null>(null);

/** For the page form: the checks of its elements (give them to NextChecksProvider), and whether the page may be saved now. */
export function useNextChecks() {
  const checks = useMemo<TChecks>(() => new Set(), []);
  // Every check runs (each shows its own notice), not just up to the first that holds the page.
  const mayGoOn = () => [...checks].map((check) => check.current()).every(Boolean);
  return { checks, mayGoOn };
}

export const NextChecksProvider = NextChecks.Provider;

/** For an element: `check` runs when the page is valid and about to be saved. */
export function useNextCheck(check: TCheck) {
  const checks = useContext(NextChecks);
  const ref = useRef(check);
  useEffect(() => {
    ref.current = check;
  });
  useEffect(() => {
    if (!checks) return;
    checks.add(ref);
    return () => void checks.delete(ref);
  }, [checks]);
}
