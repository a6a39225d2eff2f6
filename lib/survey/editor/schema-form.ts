import { z } from "zod";
import { ELEMENT_TYPES } from "../elements/registry";
import { ZVersionDef } from "../version/schema";
import type { TAdminLang } from "@/lib/i18n/admin";

/**
 * The editor's forms are drawn from the same zod schemas the server validates with (as JSON
 * Schema), so every setting of every element type is editable, and a new element type or
 * setting appears in the editor without editor code: only a Dutch and an English label below,
 * which the unit test asks for.
 */
export type TSchema = {
  type?: string | string[];
  properties?: Record<string, TSchema>;
  required?: string[];
  items?: TSchema;
  enum?: (string | number)[];
  const?: unknown;
  anyOf?: TSchema[];
  oneOf?: TSchema[];
  $ref?: string;
  $defs?: Record<string, TSchema>;
  default?: unknown;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  description?: string;
};

const toSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as TSchema;

let cache: { version: TSchema; elements: Map<string, TSchema> } | undefined;

/** The version's and each element type's JSON Schema, built once. */
export function editorSchemas(): { version: TSchema; elements: Map<string, TSchema> } {
  cache ??= {
    version: toSchema(ZVersionDef),
    elements: new Map(ELEMENT_TYPES.map((t) => [t.type, toSchema(t.schema)])),
  };
  return cache;
}

/** A node with its `$ref` followed (within `root`'s $defs) and a nullable/optional union unwrapped. */
export function resolve(node: TSchema, root: TSchema): TSchema {
  let n = node;
  for (let guard = 0; n.$ref && guard < 10; guard++) {
    const name = n.$ref.replace(/^#\/\$defs\//, "");
    n = n.$ref === "#" ? root : root.$defs?.[name] ?? {};
  }
  return n;
}

export type TFieldKind =
  | "hidden" | "condition" | "id" | "text" | "longtext" | "number" | "boolean" | "enum"
  | "scaleRef" | "listRef" | "orderRef" | "partRef" | "varRef"
  | "strings" | "numbers" | "objects" | "object" | "json";

/** Keys whose text is long enough for a text area. */
const LONG_TEXTS = new Set(["text", "help", "body", "description", "offerText"]);
const REFS: Record<string, TFieldKind> = { scale: "scaleRef", list: "listRef", randomize: "orderRef", part: "partRef", var: "varRef" };

/** How a setting is edited, from its name and schema. */
export function fieldKind(key: string, node: TSchema, root: TSchema): TFieldKind {
  if (key === "showIf") return "condition";
  const n = resolve(node, root);
  if (n.const !== undefined) return "hidden";
  if (n.enum) return "enum";
  const type = Array.isArray(n.type) ? n.type.find((t) => t !== "null") : n.type;
  switch (type) {
    case "string":
      if (REFS[key]) return REFS[key];
      if (n.pattern) return "id";
      return LONG_TEXTS.has(key) ? "longtext" : "text";
    case "integer": case "number": return "number";
    case "boolean": return "boolean";
    case "array": {
      const items = resolve(n.items ?? {}, root);
      if (items.type === "string") return "strings";
      if (items.type === "integer" || items.type === "number") return "numbers";
      if (items.type === "object") return "objects";
      return "json";
    }
    case "object": return n.properties ? "object" : "json";
    default: return "json";
  }
}

/** Dutch names of the settings, by key. */
export const FIELD_LABELS: Record<string, string> = {
  id: "ID (variabelenaam)", text: "Tekst", help: "Toelichting", label: "Korte naam in exports",
  options: "Antwoordopties", list: "Opties uit lijst", randomize: "Willekeurige volgorde (volgordegroep)",
  display: "Weergave", isRequired: "Verplicht", otherText: "Variabele voor de tekst bij 'anders, namelijk'",
  minChoices: "Minstens zoveel kiezen", maxChoices: "Hoogstens zoveel kiezen", count: "Aantal te kiezen", mode: "Wijze",
  scale: "Schaal", items: "Stellingen", itemsBy: "Stellingen per antwoord op een eerdere vraag", sets: "Sets stellingen",
  var: "Eerdere vraag", isMultiline: "Meerdere regels", maxLength: "Hoogstens zoveel tekens", min: "Minimum", max: "Maximum",
  title: "Titel", paragraphs: "Alinea's", error: "Foutmelding", code: "Code (in exports)", isOther: "'Anders, namelijk'-optie",
  isExclusive: "Sluit de andere opties uit", group: "Groep", step: "Stap", labels: "Labels", value: "Waarde",
  missingValues: "Waarden zonder score (ontbrekend in exports)", groups: "Groepen", positionLabel: "Label van de positievariabelen",
  part: "Deel", estimatedMinutes: "Geschatte duur (minuten)", description: "Omschrijving", choice: "Keuzepagina",
  pageId: "Pagina-ID", variable: "Variabele", extra: "Ander deel na afloop", body: "Tekst", offerText: "Uitnodiging voor een ander deel",
  wave: "Meting (jaar of golf)", showIf: "Tonen als", format: "Formaat", slug: "Adres", version: "Versie",
  scales: "Schalen", lists: "Lijsten", orders: "Volgordegroepen", pages: "Pagina's", parts: "Delen", end: "Eindpagina",
  elements: "Elementen",
};

/** Dutch names of enum values. */
export const VALUE_LABELS: Record<string, string> = {
  radio: "Keuzerondjes", dropdown: "Keuzelijst", exactly: "Precies dat aantal", atMost: "Hoogstens dat aantal",
  sequential: "Alle delen na elkaar", choice: "De deelnemer kiest een deel",
};

/** Dutch names of the element types, for the editor's menus. */
export const TYPE_LABELS: Record<string, string> = {
  info: "Tekstblok", consent: "Toestemming", single: "Eén antwoord", multi: "Meerdere antwoorden", pickn: "Kies er N",
  ranking: "Rangorde", slider: "Schuifbalk", sliders: "Schuifbalken (stellingen)", grid: "Matrix (schaal per rij)",
  text: "Open vraag", number: "Getal", email: "E-mailadres (apart bewaard)",
};

/** English names of the settings, by key (the same keys as FIELD_LABELS). */
export const FIELD_LABELS_EN: Record<string, string> = {
  id: "ID (variable name)", text: "Text", help: "Help text", label: "Short name in exports",
  options: "Answer options", list: "Options from list", randomize: "Random order (order group)",
  display: "Display", isRequired: "Required", otherText: "Variable for the 'other, namely' text",
  minChoices: "Choose at least", maxChoices: "Choose at most", count: "Number to choose", mode: "Mode",
  scale: "Scale", items: "Statements", itemsBy: "Statements per answer to an earlier question", sets: "Statement sets",
  var: "Earlier question", isMultiline: "Multiple lines", maxLength: "At most this many characters", min: "Minimum", max: "Maximum",
  title: "Title", paragraphs: "Paragraphs", error: "Error message", code: "Code (in exports)", isOther: "'Other, namely' option",
  isExclusive: "Excludes the other options", group: "Group", step: "Step", labels: "Labels", value: "Value",
  missingValues: "Values without a score (missing in exports)", groups: "Groups", positionLabel: "Label of the position variables",
  part: "Part", estimatedMinutes: "Estimated duration (minutes)", description: "Description", choice: "Choice page",
  pageId: "Page ID", variable: "Variable", extra: "Another part afterwards", body: "Text", offerText: "Invitation to another part",
  wave: "Wave (year or round)", showIf: "Show if", format: "Format", slug: "Address", version: "Version",
  scales: "Scales", lists: "Lists", orders: "Order groups", pages: "Pages", parts: "Parts", end: "End page",
  elements: "Elements",
};

/** English names of enum values. */
export const VALUE_LABELS_EN: Record<string, string> = {
  radio: "Radio buttons", dropdown: "Dropdown list", exactly: "Exactly that number", atMost: "At most that number",
  sequential: "All parts in turn", choice: "The respondent chooses a part",
};

/** English names of the element types. */
export const TYPE_LABELS_EN: Record<string, string> = {
  info: "Text block", consent: "Consent", single: "Single choice", multi: "Multiple choice", pickn: "Pick N",
  ranking: "Ranking", slider: "Slider", sliders: "Sliders (statements)", grid: "Grid (scale per row)",
  text: "Open question", number: "Number", email: "E-mail address (stored separately)",
};

/** The editor's names in the researcher's language (the admin interface's). */
const LABELS: Record<TAdminLang, { fields: Record<string, string>; values: Record<string, string>; types: Record<string, string>; text: string; name: string; parts: string }> = {
  nl: { fields: FIELD_LABELS, values: VALUE_LABELS, types: TYPE_LABELS, text: "Tekst", name: "Naam", parts: "Delen" },
  en: { fields: FIELD_LABELS_EN, values: VALUE_LABELS_EN, types: TYPE_LABELS_EN, text: "Text", name: "Name", parts: "Parts" },
};

/**
 * The name of a setting. `label` is the shown text of an option or scale point, the export
 * name of a question, and the name of anything else (a list, a group).
 */
export function fieldLabel(key: string, siblings: string[] = [], lang: TAdminLang = "nl"): string {
  const l = LABELS[lang];
  if (key === "label") {
    if (siblings.includes("code") || siblings.includes("value")) return l.text;
    if (!siblings.includes("text")) return l.name;
  }
  // The parts of a version, or a battery's statements.
  if (key === "items" && siblings.includes("mode")) return l.parts;
  return l.fields[key] ?? key;
}
export const typeLabel = (type: string, lang: TAdminLang = "nl") => LABELS[lang].types[type] ?? type;
export const valueLabel = (value: string, lang: TAdminLang = "nl") => LABELS[lang].values[value] ?? value;

/** The settings of an object schema in the order the schema lists them, without `type`. */
export function settingsOf(node: TSchema, root: TSchema): { key: string; schema: TSchema; isRequired: boolean }[] {
  const n = resolve(node, root);
  const required = new Set(n.required ?? []);
  return Object.entries(n.properties ?? {})
    .filter(([key, s]) => !(key === "type" && resolve(s, root).const !== undefined))
    .map(([key, schema]) => ({ key, schema, isRequired: required.has(key) && resolve(schema, root).default === undefined }));
}

/**
 * A new item (an option, a scale, a part, …) with what it needs to be valid filled in: IDs made
 * unique, texts, the first of a choice, required objects and lists with one item. Defaults are
 * left to the schema.
 */
export function blankItem(items: TSchema, root: TSchema, taken: (base: string) => string, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { key, schema, isRequired } of settingsOf(items, root)) {
    if (!isRequired) continue;
    const n = resolve(schema, root);
    const kind = fieldKind(key, schema, root);
    if (kind === "id") out[key] = taken(key === "code" ? "optie" : key === "id" ? "item" : key);
    else if (kind === "text" || kind === "longtext") out[key] = key === "label" ? "Nieuw" : "Nieuwe tekst";
    else if (kind === "number") out[key] = 0;
    else if (kind === "enum") out[key] = n.enum?.[0];
    else if (kind === "object" && depth < 3) out[key] = blankItem(schema, root, taken, depth + 1);
    else if (kind === "objects" && depth < 3) {
      out[key] = (n.minItems ?? 0) > 0 ? [blankItem(n.items ?? {}, root, taken, depth + 1)] : [];
    } else if (kind === "strings") out[key] = (n.minItems ?? 0) > 0 ? ["Nieuwe tekst"] : [];
    else if (kind === "numbers") out[key] = [];
  }
  return out;
}
