import type { TAnswers } from "../elements/types";

/**
 * Piping: `{{variable}}` in a text becomes the label of that earlier answer, lower-cased unless it
 * starts a sentence. Words the text already has right before the pipe are not repeated: "door
 * deelname aan {{activity}}" with the label "Deelname aan een congres" reads "door deelname aan
 * een congres".
 */
const PIPE = /\{\{([a-z][a-z0-9_]*)\}\}/g;

export function pipedVars(text: string | undefined): string[] {
  return text ? [...text.matchAll(PIPE)].map((m) => m[1]) : [];
}

export function pipe(text: string, labelOf: (variable: string) => string | undefined, fallback = "…"): string {
  return text.replace(PIPE, (_m, variable: string, offset: number) => {
    const label = labelOf(variable);
    if (!label) return fallback;
    const before = text.slice(0, offset);
    const isSentenceStart = /(^|[.!?]\s+)$/.test(before);
    const shown = isSentenceStart ? label : label.charAt(0).toLowerCase() + label.slice(1);
    return dropRepeatedWords(before, shown);
  });
}

function dropRepeatedWords(before: string, label: string): string {
  const lead = before.toLowerCase().split(/\s+/).filter(Boolean);
  const words = label.split(" ");
  for (let n = Math.min(lead.length, words.length - 1); n > 0; n--) {
    const tail = lead.slice(-n).join(" ");
    if (words.slice(0, n).join(" ").toLowerCase() === tail) return words.slice(n).join(" ");
  }
  return label;
}

/** A text for documents without a respondent (codebook): pipes shown as "[variable]". */
export const plainText = (text: string) => text.replace(PIPE, (_m, v: string) => `[${v}]`);

export function labelFrom(answers: TAnswers, optionLabel: (variable: string, code: string) => string | undefined) {
  return (variable: string) => {
    const code = answers[variable];
    return typeof code === "string" ? optionLabel(variable, code) : undefined;
  };
}
