import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";

/**
 * Password strength by zxcvbn (common-password list, keyboard patterns, repeats, sequences, dates),
 * shared by the forms and the server through the password schema. Score 3 means about 10^8
 * guesses, far beyond what the sign-in limits allow online.
 */
export const MIN_PASSWORD_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;

/** 0 (trivial) to 4 (very strong). `userInputs` (e-mail address, name) count as known words. */
export function passwordScore(password: string, userInputs: string[] = []): number {
  // Built on first use: the dictionaries are large. Only the first 64 characters are analysed, which
  // keeps a check under about 100 ms whatever is sent.
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs, maxLength: 64 });
  return estimator.check(password, userInputs.filter(Boolean)).score;
}
