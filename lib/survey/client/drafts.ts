/**
 * Unsaved answers of the page on screen, kept in the browser so a reload or a closed tab does not
 * lose what was typed before "Volgende". Only for the respondent's own response and current page;
 * the caller hands over only what may be kept (session.ts `storableDraft`: never an e-mail address).
 */
export type TDraft = { responseId: string; page: string; values: Record<string, unknown> };
type TStorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const keyFor = (slug: string) => `enquete:${slug}:concept`;
export function storeDraft(storage: TStorageLike | undefined, slug: string, draft: TDraft): void {
  try {
    storage?.setItem(keyFor(slug), JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the draft only lives in the form.
  }
}

export function loadDraft(storage: TStorageLike | undefined, slug: string, responseId: string, page: string): TDraft["values"] | undefined {
  try {
    const raw = storage?.getItem(keyFor(slug));
    if (!raw) return undefined;
    const d = JSON.parse(raw) as Partial<TDraft>;
    const isMatch = d.responseId === responseId && d.page === page && !!d.values && typeof d.values === "object";
    return isMatch ? (d.values as TDraft["values"]) : undefined;
  } catch {
    return undefined;
  }
}

export function clearDraft(storage: TStorageLike | undefined, slug: string): void {
  try {
    storage?.removeItem(keyFor(slug));
  } catch {
    // Nothing to clear.
  }
}
