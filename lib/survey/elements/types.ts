import type { z } from "zod";
import type { TCondition, TOption, TScale } from "../version/primitives";

/**
 * The contract every element type fulfils (one module per type, collected in ./registry.ts).
 * The flow engine (lib/survey/engine) only talks to elements through this interface, so the
 * server's save, the browser, the import and the exports cannot disagree about an element.
 */
export type TValue = number | string;
/** A respondent's stored answers: variable name → numeric code or text. */
export type TAnswers = Readonly<Record<string, TValue>>;
export type TAnswerRow = { variable: string; num: number | null; text: string | null };
export type TFormValues = Record<string, unknown>;

/** What an element can look up while it is evaluated for one respondent. */
export type TContext = {
  answers: TAnswers;
  /** Randomised orders shown to this respondent, by order group. */
  order: Readonly<Record<string, readonly string[]>>;
  scale(id: string): TScale;
  /** Options of an inline list or a version list, in definition order. */
  options(el: { options?: TOption[]; list?: string }): TOption[];
  holds(condition: TCondition | undefined): boolean;
  /** `{{variable}}` replaced by the label of that answer. */
  pipe(text: string): string;
};

/** What an element knows about the version without a respondent (codebook, import targets). */
export type TVersionLookup = Pick<TContext, "scale" | "options"> & {
  /** A text with `{{variable}}` pipes shown as "[variable]". */
  plain(text: string): string;
  /** Label of an option of the single-choice element that stores `variable`. */
  optionLabel(variable: string, code: string): string | undefined;
};

export type TMeasurementLevel = "nominal" | "ordinal" | "scale";
export type TValueLabel = { value: number; label: string; code?: string };
export type TVariable = {
  name: string;
  label: string;
  type: "numeric" | "string";
  level: TMeasurementLevel;
  valueLabels: TValueLabel[];
  missingValues: number[];
  /** Stored as a text code, exported as the number of its value label. */
  isCoded?: boolean;
  /** 0/1 per option: 0 = not chosen on an answered page. */
  isDichotomy?: boolean;
  width?: number;
  question?: string;
  note?: string;
};

export type TIssue = (path: string, message: string) => void;
export type TFields = {
  shape: Record<string, z.ZodType>;
  /** Rules across fields (other text required when "anders" is chosen, …). */
  refine?: (values: TFormValues, issue: TIssue) => void;
};

export type TBaseElement = { id: string; type: string; showIf?: TCondition };

export interface TElementType<E extends TBaseElement = TBaseElement> {
  type: E["type"];
  schema: z.ZodType<E>;
  /** Whether the element stores answers (an info block does not). */
  isQuestion: boolean;
  /** Form fields of a page save for this respondent. */
  fields(el: E, ctx: TContext): TFields;
  /** Rows to store from validated values. */
  toRows(el: E, values: TFormValues, ctx: TContext): TAnswerRow[];
  /** Form values rebuilt from stored answers (back navigation, resume). */
  fromAnswers(el: E, ctx: TContext): TFormValues;
  /** Variables that may hold an answer for this respondent now; others are cleared. */
  activeVariables(el: E, ctx: TContext): string[];
  /** Every variable the element can produce, in any state: the codebook's entries. */
  variables(el: E, v: TVersionLookup): TVariable[];
  /** Order groups this element shows in random order, with the item codes they shuffle. */
  orderItems?(el: E, v: TVersionLookup): { group: string; codes: string[] } | undefined;
  /**
   * A new element of this type as the editor adds it: the fewest settings that make it valid.
   * `v.scale()` is the ID of a scale of the version (the editor adds one when there is none).
   */
  blank(id: string, v: { scale(): string }): Record<string, unknown> & { id: string; type: E["type"] };
  /** Consistency checks against the version (unknown scale or list, …). */
  check?(el: E, v: TVersionLookup, issue: TIssue): void;
  /** Variables a column of an imported file can fill (lib/import), in questionnaire order. */
  importTargets?(el: E, v: TVersionLookup): TImportTarget[];
  /**
   * The element as an imported file has it: only the options and items the file maps, in the
   * file's wording where it has one; undefined when the file maps none of its variables.
   */
  imported?(el: E, v: TVersionLookup, file: TImportedFile): E | undefined;
}

/** What a column of an imported file can fill, with the texts its header rows are matched against. */
export type TImportTarget = {
  variable: string;
  /** How a cell becomes a value: an option code, a scale value, 1 = chosen (blank or 0: not), a whole number, text. */
  value: "code" | "scale" | "flag" | "number" | "text";
  /** The question as the definition words it (pipes included) and, per option or item column, its text. */
  question: string;
  sub: string;
  options?: TOption[];
  scale?: TScale;
  /** "Anders, namelijk" text: a filled cell implies this answer (exports may leave the choice empty). */
  implies?: { variable: string; value: TValue };
};

/** The mapped columns of an imported file, by the variable they fill. */
export type TImportedFile = {
  has(variable: string): boolean;
  /** The column's question text in the file's header, if it has one. */
  question(variable: string): string | undefined;
  /** The column's option or item text in the file's header, if it has one. */
  sub(variable: string): string | undefined;
};
