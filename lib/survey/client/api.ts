import type { TResumeState, TSaveResult } from "@/lib/responses/schema";

export type { TResumeState, TSaveResult };

/** The respondent API as the browser calls it (app/api/s/[slug]/responses/[id]/route.ts). */
export type TSaveBody = {
  secret: string;
  seq: number;
  page: string;
  durationMs: number;
  values: Record<string, unknown>;
  source?: string;
  test?: string;
  version?: number;
  language?: string;
};
export type TApiError = { status: number; error: string; fields?: Record<string, string> };
export type TAttempt<T> = { ok: true; data: T } | { ok: false; error: TApiError };

type TFetch = typeof fetch;

/** A request that gets no answer in this time is given up and retried (same save number). */
const REQUEST_TIMEOUT_MS = 20_000;
const timeout = () => (typeof AbortSignal !== "undefined" && "timeout" in AbortSignal ? AbortSignal.timeout(REQUEST_TIMEOUT_MS) : undefined);

const url = (slug: string, id: string) => `/api/s/${encodeURIComponent(slug)}/responses/${encodeURIComponent(id)}`;

async function toAttempt<T>(res: Response): Promise<TAttempt<T>> {
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (res.ok) return { ok: true, data: body as T };
  return {
    ok: false,
    error: {
      status: res.status,
      error: typeof body.error === "string" ? body.error : `Fout ${res.status}`,
      fields: body.fields as Record<string, string> | undefined,
    },
  };
}

/** One PUT; a network failure throws (the caller retries), an HTTP answer never throws. */
export async function putPage(fetchImpl: TFetch, slug: string, id: string, body: TSaveBody): Promise<TAttempt<TSaveResult>> {
  const res = await fetchImpl(url(slug, id), {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    cache: "no-store",
    signal: timeout(),
  });
  return toAttempt<TSaveResult>(res);
}

export async function getState(fetchImpl: TFetch, slug: string, id: string, secret: string): Promise<TAttempt<TResumeState>> {
  const res = await fetchImpl(url(slug, id), { headers: { "x-response-secret": secret }, cache: "no-store", signal: timeout() });
  return toAttempt<TResumeState>(res);
}

/**
 * Where a respondent's session saves and keeps its progress: the server and the browser's
 * storage, or, for a researcher's preview of a draft, the server's rules run in the page and
 * memory (lib/survey/client/preview.ts).
 */
export type TSessionIo = { fetch: typeof fetch; storage: () => Pick<Storage, "getItem" | "setItem" | "removeItem"> | undefined };
