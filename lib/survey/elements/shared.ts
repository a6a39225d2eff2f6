import { z } from "zod";
import { ZCondition, ZId, ZOption, ZText, type TOption, type TScale } from "../version/primitives";
import type { TAnswers, TContext, TFormValues, TImportedFile, TIssue, TValueLabel, TVariable, TVersionLookup } from "./types";

/** Pieces several element types share. */
export const MAX_TEXT = 1000;
export const TEXT_WIDTH = 4000;
export const REQUIRED = "Kies een antwoord.";

export const base = {
  id: ZId,
  showIf: ZCondition.optional(),
};

/** Question text, help, and the short label used for export variables. */
export const question = {
  ...base,
  text: ZText,
  help: ZText.optional(),
  label: ZText.optional(),
};

/** An option list given inline or taken from a version list (one of both, checked by `checkOptions`). */
export const optionSource = {
  options: z.array(ZOption).min(1).optional(),
  list: ZId.optional(),
  /** Show the options in random order, recorded per respondent in this order group. */
  randomize: ZId.optional(),
};

export function checkOptions(el: { options?: TOption[]; list?: string }, v: TVersionLookup, issue: TIssue) {
  if (Boolean(el.options) === Boolean(el.list)) issue("options", "Geef óf opties óf een lijst (list).");
  else if (el.list) {
    try {
      v.options(el);
    } catch (e) {
      issue("list", (e as Error).message);
    }
  }
}

export function checkScale(scaleId: string, v: TVersionLookup, issue: TIssue) {
  try {
    v.scale(scaleId);
  } catch (e) {
    issue("scale", (e as Error).message);
  }
}

/** Options this respondent is offered, in the order shown. */
export function shownOptions(el: { options?: TOption[]; list?: string; randomize?: string }, ctx: TContext): TOption[] {
  const options = ctx.options(el).filter((o) => ctx.holds(o.showIf));
  return inOrder(options, el.randomize ? ctx.order[el.randomize] : undefined);
}

export function inOrder<T extends { code: string }>(items: T[], order: readonly string[] | undefined): T[] {
  if (!order) return items;
  const at = new Map(order.map((c, i) => [c, i]));
  return [...items].sort((a, b) => (at.get(a.code) ?? Infinity) - (at.get(b.code) ?? Infinity));
}

/** The options a new choice question starts with in the editor. */
export const twoOptions = () => [{ code: "optie_1", label: "Optie 1" }, { code: "optie_2", label: "Optie 2" }];

export const codesOf = (options: TOption[]) => options.map((o) => o.code) as [string, ...string[]];

export function scaleValue(s: TScale) {
  const range = `Kies een waarde van ${s.min} tot en met ${s.max}.`;
  const value = z.number({ error: "Kies een waarde." }).int("Kies een hele waarde.").min(s.min, range).max(s.max, range);
  const stepped = s.step === 1 ? value : value.refine((n) => (n - s.min) % s.step === 0, `Kies een waarde in stappen van ${s.step}.`);
  return stepped.nullable();
}

export const freeText = () => z.string().trim().max(MAX_TEXT, `Hoogstens ${MAX_TEXT} tekens.`);

export function textRow(variable: string, v: unknown) {
  return typeof v === "string" && v.trim() !== "" ? [{ variable, num: null, text: v.trim() }] : [];
}

export function numRow(variable: string, v: unknown) {
  return typeof v === "number" ? [{ variable, num: v, text: null }] : [];
}

/** "Anders, namelijk": the text is required when the other option is chosen. */
export function otherTextRule(
  el: { otherText?: string },
  options: TOption[],
  isChosen: (code: string) => boolean,
  values: TFormValues,
  issue: TIssue,
) {
  const other = options.find((o) => o.isOther);
  if (!other || !el.otherText || !isChosen(other.code)) return;
  const text = values[el.otherText];
  if (typeof text !== "string" || text.trim() === "") issue(el.otherText, "Vul in wat je bedoelt met 'anders'.");
}

export const isOtherChosen = (options: TOption[], isChosen: (code: string) => boolean) =>
  options.some((o) => o.isOther && isChosen(o.code));

export function textVariable(name: string, label: string, question?: string): TVariable {
  return { name, label, type: "string", level: "nominal", valueLabels: [], missingValues: [], width: TEXT_WIDTH, question };
}

export const CHOSEN: TValueLabel[] = [{ value: 0, label: "Niet gekozen" }, { value: 1, label: "Gekozen" }];

export function isOrdinal(scale: TScale): boolean {
  const labelled = new Set(scale.labels.map((l) => l.value));
  for (let v = scale.min; v <= scale.max; v += scale.step) if (!labelled.has(v)) return false;
  return true;
}

export function scaleVariable(name: string, label: string, scale: TScale, question?: string): TVariable {
  return {
    name, label, type: "numeric", level: isOrdinal(scale) ? "ordinal" : "scale",
    valueLabels: scale.labels.map((l) => ({ value: l.value, label: l.label })),
    missingValues: [...scale.missingValues], ...(question ? { question } : {}),
  };
}

/** Answers whose name starts with `prefix`, as codes (multiple choice, pick-N, ranking). */
export function suffixes(answers: TAnswers, prefix: string, codes: string[]): string[] {
  return codes.filter((c) => answers[`${prefix}${c}`] !== undefined);
}

/** The question text an imported file gives for any of these variables, else the definition's. */
export function importedText(text: string, file: TImportedFile, variables: string[]): string {
  for (const v of variables) {
    const q = file.question(v);
    if (q) return q;
  }
  return text;
}

/**
 * An option-based element as an imported file has it: only the options whose variable the file
 * maps (or that `isKept` keeps), labelled as the file labels them, inline (a version list would
 * carry options the file lacks) and without a random order (imported responses recorded none).
 */
export function importedOptions<E extends { text: string; options?: TOption[]; list?: string; randomize?: string }>(
  el: E,
  v: TVersionLookup,
  file: TImportedFile,
  variableOf: (code: string) => string,
  isKept: (o: TOption) => boolean = () => false,
): E | undefined {
  const options = v
    .options(el)
    .filter((o) => file.has(variableOf(o.code)) || isKept(o))
    .map((o) => ({ ...o, label: file.sub(variableOf(o.code)) ?? o.label }));
  if (options.length === 0) return undefined;
  const { list: _list, randomize: _randomize, ...rest } = el;
  return { ...rest, text: importedText(el.text, file, options.map((o) => variableOf(o.code))), options } as unknown as E;
}
