import type { TApiError, TAttempt } from "./api";

/**
 * Retries a request until the server answers: network failures, timeouts and server-side errors
 * (5xx, 408, 429) are retried with exponential backoff and jitter (many phones coming back at
 * once after an outage do not all retry in step), and at once when the browser reports that it
 * is online again, because the respondent must not lose answers to a flaky connection. Any other
 * HTTP answer (4xx) is final: retrying would not change it.
 */
export type TRetryOptions = {
  sleep?: (ms: number) => Promise<void>;
  /** A number in [0, 1) for the jitter; Math.random by default. */
  random?: () => number;
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

/** Between half and all of the backoff. */
export const withJitter = (ms: number, random: number) => Math.round(ms * (0.5 + random / 2));

/** Waits `ms`, or less when the browser (`events`: the window) reports it is online again. */
export function sleepUntilOnline(ms: number, events: EventTarget | undefined = typeof window === "undefined" ? undefined : window): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      events?.removeEventListener("online", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    events?.addEventListener("online", done);
  });
}

export async function withRetry<T>(request: () => Promise<TAttempt<T>>, options: TRetryOptions = {}): Promise<TAttempt<T>> {
  const sleep = options.sleep ?? sleepUntilOnline;
  const random = options.random ?? Math.random;
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
    await sleep(withJitter(backoffMs(attempt, options.baseMs, options.maxMs), random()));
  }
}
