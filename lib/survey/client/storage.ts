/**
 * What the respondent's browser keeps per survey so a reload continues where they stopped: the
 * response ID, its secret and the last save number. Storage can be unavailable (private mode,
 * blocked cookies): then everything still works for this page view, only reload-resume does not.
 */
export type TCredentials = { responseId: string; secret: string };
export type TStoredProgress = TCredentials & { seq: number };

type TStorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const keyFor = (slug: string) => `enquete:${slug}`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SECRET = /^[A-Za-z0-9_-]{32,128}$/;

export function isCredentials(v: unknown): v is TCredentials {
  const c = v as Partial<TCredentials> | null;
  return !!c && typeof c.responseId === "string" && UUID.test(c.responseId) && typeof c.secret === "string" && SECRET.test(c.secret);
}

export function loadProgress(storage: TStorageLike | undefined, slug: string): TStoredProgress | undefined {
  try {
    const raw = storage?.getItem(keyFor(slug));
    if (!raw) return undefined;
    const parsed: unknown = JSON.parse(raw);
    if (!isCredentials(parsed)) return undefined;
    const rawSeq = (parsed as { seq?: unknown }).seq;
    const seq = typeof rawSeq === "number" && Number.isInteger(rawSeq) && rawSeq >= 0 ? rawSeq : 0;
    return { responseId: parsed.responseId, secret: parsed.secret, seq };
  } catch {
    return undefined;
  }
}

export function storeProgress(storage: TStorageLike | undefined, slug: string, progress: TStoredProgress): void {
  try {
    storage?.setItem(keyFor(slug), JSON.stringify(progress));
  } catch {
    // Full or blocked storage: resume by link still works.
  }
}

export function clearProgress(storage: TStorageLike | undefined, slug: string): void {
  try {
    storage?.removeItem(keyFor(slug));
  } catch {
    // Nothing to clear.
  }
}

function base64url(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** A new response identity, made in the browser: the server only ever sees the secret's hash. */
export function newCredentials(cryptoImpl: Crypto = globalThis.crypto): TCredentials {
  return { responseId: cryptoImpl.randomUUID(), secret: base64url(cryptoImpl.getRandomValues(new Uint8Array(32))) };
}

const HASH_KEY = "hervat";

/** `#hervat=<id>.<secret>`: the resume link carries the identity in the fragment, never sent to servers. */
export function resumeHash(c: TCredentials): string {
  return `#${HASH_KEY}=${c.responseId}.${c.secret}`;
}

export function parseResumeHash(hash: string): TCredentials | undefined {
  const m = new RegExp(`^#?${HASH_KEY}=([^.]+)\\.(.+)$`).exec(hash.trim());
  if (!m) return undefined;
  const c = { responseId: m[1].toLowerCase(), secret: decodeURIComponent(m[2]) };
  return isCredentials(c) ? c : undefined;
}
