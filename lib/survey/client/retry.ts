import type { TApiError, TAttempt } from "./api";

/**
 * Retries a request until the server answers: network failures and server-side errors (5xx, 408,
 * 429) are retried with exponential backoff, because the respondent must not lose answers to a
 * flaky connection. Any other HTTP answer (4xx) is final: retrying would not change it.
 */
export type TRetryOptions = {
  sleep?: (ms: number) => Promise<void>;
  /** Called before each wait, with the attempt number (1 = the first retry). */
  onRetry?: (attempt: number, reason: string) => void;
  /** Stops retrying (e.g. the component unmounted); the last failure is returned. */
  isCancelled?: () => boolean;
  baseMs?: number;
  maxMs?: number;
};

export const isRetryable = (status: number) => status >= 500 || status === 408 || status === 429;

export function backoffMs(attempt: number, baseMs = 1000, maxMs = 15_000): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function withRetry<T>(request: () => Promise<TAttempt<T>>, options: TRetryOptions = {}): Promise<TAttempt<T>> {
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    let failure: TApiError;
    try {
      const result = await request();
      if (result.ok || !isRetryable(result.error.status)) return result;
      failure = result.error;
    } catch (error) {
      failure = { status: 0, error: error instanceof Error ? error.message : "Netwerkfout" };
    }
    if (options.isCancelled?.()) return { ok: false, error: failure };
    options.onRetry?.(attempt, failure.error);
    await sleep(backoffMs(attempt, options.baseMs, options.maxMs));
  }
}
