/**
 * The survey's test link, pure: `/s/<slug>?test=<token>` serves the live questionnaire as a new
 * respondent gets it, also while fieldwork is closed or full, and its responses are stored as test
 * responses (response.is_test), which count nowhere unless an export asks for them. A token that
 * does not match is treated as no token at all.
 */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{16,100}$/;

/** The `?test=` value as a token, or undefined (an array, empty or badly shaped value names no token). */
export function testParam(raw: string | string[] | null | undefined): string | undefined {
  return typeof raw === "string" && TOKEN_PATTERN.test(raw) ? raw : undefined;
}

/** Whether `given` is the survey's token; compared in constant time for tokens of the same length. */
export function isTestToken(stored: string | null | undefined, given: string | null | undefined): boolean {
  if (!stored || !given || stored.length !== given.length) return false;
  let diff = 0;
  for (let i = 0; i < stored.length; i++) diff |= stored.charCodeAt(i) ^ given.charCodeAt(i);
  return diff === 0;
}

/** The test link's path (prefix the site's origin for a full URL). */
export const testLinkPath = (slug: string, token: string) => `/s/${encodeURIComponent(slug)}?test=${encodeURIComponent(token)}`;

/** What the bar on every page of a test respondent says. */
export const TEST_BAR_TEXT = "Testversie: je antwoorden worden opgeslagen als test en tellen nergens mee.";
