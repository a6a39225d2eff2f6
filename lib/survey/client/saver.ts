import { putPage, type TAttempt, type TSaveResult } from "./api";
import { withRetry, type TRetryOptions } from "./retry";
import { loadProgress, storeProgress, type TCredentials } from "./storage";

/**
 * Saves one page: takes the next save number, stores it locally BEFORE sending (a reload after a
 * lost answer must not reuse a number the server may have seen with other values), then sends
 * and retries with that same number until the server answers. The server stores a repeated
 * number once, so a retried request never duplicates answers.
 */
export type TSaverDeps = {
  slug: string;
  storage: Pick<Storage, "getItem" | "setItem" | "removeItem"> | undefined;
  fetchImpl: typeof fetch;
};

export type TSaveInput = {
  page: string;
  values: Record<string, unknown>;
  durationMs: number;
  source?: string;
  /** The test link's token, sent with the first page: the server stores a test response. */
  test?: string;
  /** The version shown, sent with the first page: the server creates the response on it. */
  version?: number;
  /** The language the page is read in: stored with the response. */
  language?: string;
};

const MAX_DURATION_MS = 86_400_000;

export async function savePageWithRetry(
  deps: TSaverDeps,
  credentials: TCredentials & { seq: number },
  input: TSaveInput,
  retry: TRetryOptions = {},
): Promise<{ seq: number; result: TAttempt<TSaveResult> }> {
  const stored = loadProgress(deps.storage, deps.slug);
  const lastSeq = Math.max(credentials.seq, stored?.responseId === credentials.responseId ? stored.seq : 0);
  const seq = lastSeq + 1;
  storeProgress(deps.storage, deps.slug, { ...credentials, seq });
  const body = {
    secret: credentials.secret,
    seq,
    page: input.page,
    durationMs: Math.min(MAX_DURATION_MS, Math.max(0, Math.round(input.durationMs))),
    values: input.values,
    ...(input.source ? { source: input.source } : {}),
    ...(input.test ? { test: input.test } : {}),
    ...(input.version ? { version: input.version } : {}),
    ...(input.language ? { language: input.language } : {}),
  };
  const result = await withRetry(() => putPage(deps.fetchImpl, deps.slug, credentials.responseId, body), retry);
  return { seq, result };
}

/** `?bron=…` as the server accepts it; anything else is dropped rather than failing the first save. */
export function cleanSource(raw: string | null | undefined): string | undefined {
  const s = raw?.trim();
  return s && s.length <= 60 && /^[\w.-]+$/.test(s) ? s : undefined;
}
