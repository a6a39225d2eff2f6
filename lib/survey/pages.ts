import { z } from "zod";
import type { TChoiceQuestion, TPartId, TSurveyDefinition } from "./definition";
import { partOfPage, type TPageId } from "./flow";
import { getCompetences, getPart, getScale, variableNames } from "./model";

/**
 * One zod schema per page, built from the definition. The respondent's form validates with it
 * (react-hook-form resolver) and the server parses every save with the same schema.
 */
export type TPageContext = { activities: Partial<Record<TPartId, string>> };
export type TPageValues = Record<string, unknown>;
export type TAnswerRow = { variable: string; num: number | null; text: string | null };

const MAX_TEXT = 1000;
const required = "Kies een antwoord.";

export function visibleOptions(q: TChoiceQuestion, activity?: string) {
  return q.options.filter((o) => !o.hideIfActivity || o.hideIfActivity !== activity);
}

function codes(q: TChoiceQuestion, activity?: string): [string, ...string[]] {
  return visibleOptions(q, activity).map((o) => o.code) as [string, ...string[]];
}

function singleChoice(q: TChoiceQuestion) {
  const shape: Record<string, z.ZodType> = {
    [q.id]: z.enum(codes(q), { error: required }),
  };
  if (q.otherTextId) shape[q.otherTextId] = z.string().trim().max(MAX_TEXT).optional();
  return shape;
}

function otherTextRule(q: TChoiceQuestion, isChosen: (code: string) => boolean, v: TPageValues, ctx: z.RefinementCtx) {
  const other = q.options.find((o) => o.isOther);
  if (!other || !q.otherTextId || !isChosen(other.code)) return;
  const text = v[q.otherTextId];
  if (typeof text !== "string" || text.trim() === "") {
    ctx.addIssue({ code: "custom", path: [q.otherTextId], message: "Vul in wat je bedoelt met 'anders'." });
  }
}

function backgroundSchema(def: TSurveyDefinition) {
  const shape = Object.assign({}, ...def.background.map(singleChoice));
  return z.strictObject(shape).superRefine((v: TPageValues, ctx) => {
    for (const q of def.background) otherTextRule(q, (c) => v[q.id] === c, v, ctx);
  });
}

function scaleValue(def: TSurveyDefinition, scaleId: string) {
  const s = getScale(def, scaleId);
  return z
    .number({ error: "Kies een waarde." })
    .int("Kies een hele waarde.")
    .min(s.min, `Kies een waarde van ${s.min} tot en met ${s.max}.`)
    .max(s.max, `Kies een waarde van ${s.min} tot en met ${s.max}.`)
    .nullable();
}

function needActivity(ctx: TPageContext, part: TPartId): string {
  const a = ctx.activities[part];
  if (!a) throw new PageOrderError(`Kies eerst een activiteit in ${part}.`);
  return a;
}

export class PageOrderError extends Error {}

type TPageSchema = ReturnType<typeof buildPageSchema>;
const schemaCache = new WeakMap<TSurveyDefinition, Map<string, TPageSchema>>();

/** Schemas are built once per definition, page and activity: definitions never change in place. */
export function pageSchema(def: TSurveyDefinition, page: TPageId, ctx: TPageContext): TPageSchema {
  const part = partOfPage(page);
  const key = `${page}:${part ? (ctx.activities[part] ?? "") : ""}`;
  let byKey = schemaCache.get(def);
  if (!byKey) schemaCache.set(def, (byKey = new Map()));
  let schema = byKey.get(key);
  if (!schema) byKey.set(key, (schema = buildPageSchema(def, page, ctx)));
  return schema;
}

function buildPageSchema(def: TSurveyDefinition, page: TPageId, ctx: TPageContext) {
  const partId = partOfPage(page);
  if (page === "welcome") {
    return z.strictObject({ consent: z.literal(true, { error: "Geef toestemming om verder te gaan." }) });
  }
  if (page === "bg") return backgroundSchema(def);
  if (page === "choice") {
    return z.strictObject({ part_choice: z.enum(def.parts.map((p) => p.id) as [TPartId, ...TPartId[]], { error: required }) });
  }
  if (page === "raffle") {
    return z.strictObject({
      email: z.union([z.literal(""), z.email("Vul een geldig e-mailadres in of laat het veld leeg.").max(254)]).optional(),
    });
  }
  if (page === "done") {
    return z.strictObject({ extra_part: z.enum(def.parts.map((p) => p.id) as [TPartId, ...TPartId[]]) });
  }
  if (!partId) throw new PageOrderError(`Onbekende pagina ${page}.`);
  const part = getPart(def, partId);
  const kind = page.slice(partId.length + 1);
  if (kind === "activity") return z.strictObject(singleChoice(part.activity));
  if (kind === "factors") {
    if (!part.factors) throw new PageOrderError(`Deel ${partId} heeft geen factoren.`);
    const activity = needActivity(ctx, partId);
    const items = part.factors.sets[activity] ?? [];
    const value = scaleValue(def, part.factors.scale);
    return z.strictObject(
      Object.fromEntries(items.map((it) => [variableNames.factor(partId, activity, it.id), value.optional()])),
    );
  }
  if (kind === "dev") {
    needActivity(ctx, partId);
    const value = scaleValue(def, part.development.scale);
    const comps = getCompetences(def, part.development.model);
    return z.strictObject(Object.fromEntries(comps.map((c) => [variableNames.dev(partId, c.id), value.optional()])));
  }
  if (kind === "top5") {
    needActivity(ctx, partId);
    const ids = getCompetences(def, part.top5.model).map((c) => c.id) as [string, ...string[]];
    const n = part.top5.count;
    return z.strictObject({
      [`${partId}_top5`]: z
        .array(z.enum(ids, { error: "Onbekende competentie." }), { error: `Kies precies ${n} competenties.` })
        .length(n, `Kies precies ${n} competenties.`)
        .refine((a) => new Set(a).size === a.length, "Kies elke competentie maar één keer."),
    });
  }
  if (kind === "other") {
    const activity = needActivity(ctx, partId);
    const q = part.other;
    const exclusive = new Set(q.options.filter((o) => o.isExclusive).map((o) => o.code));
    const shape: Record<string, z.ZodType> = {
      [q.id]: z
        .array(z.enum(codes(q, activity), { error: "Onbekend antwoord." }))
        .min(q.isRequired ? 1 : 0, "Kies minstens één antwoord.")
        .refine((a) => new Set(a).size === a.length, "Elk antwoord maar één keer.")
        .refine((a) => a.length <= 1 || !a.some((c) => exclusive.has(c)), "'Geen' kan niet samen met een ander antwoord."),
    };
    if (q.otherTextId) shape[q.otherTextId] = z.string().trim().max(MAX_TEXT).optional();
    return z.strictObject(shape).superRefine((v: TPageValues, c) => {
      otherTextRule(q, (code) => Array.isArray(v[q.id]) && (v[q.id] as string[]).includes(code), v, c);
    });
  }
  throw new PageOrderError(`Onbekende pagina ${page}.`);
}

/** Stored rows for a page's validated values. Raffle e-mail is never an answer row. */
export function toAnswerRows(def: TSurveyDefinition, page: TPageId, values: TPageValues): TAnswerRow[] {
  const rows: TAnswerRow[] = [];
  const text = (variable: string, v: unknown) => {
    if (typeof v === "string" && v.trim() !== "") rows.push({ variable, num: null, text: v.trim() });
  };
  const num = (variable: string, v: unknown) => {
    if (typeof v === "number") rows.push({ variable, num: v, text: null });
  };
  const partId = partOfPage(page);
  if (page === "raffle") return rows;
  if (page === "welcome") return [{ variable: "consent", num: 1, text: null }];
  if (partId && page.endsWith("_top5")) {
    for (const c of values[`${partId}_top5`] as string[]) num(variableNames.top5(partId, c), 1);
    return rows;
  }
  if (partId && page.endsWith("_other")) {
    const q = getPart(def, partId).other;
    for (const c of values[q.id] as string[]) num(variableNames.other(q.id, c), 1);
    if (q.otherTextId && (values[q.id] as string[]).some((c) => q.options.find((o) => o.code === c)?.isOther)) {
      text(q.otherTextId, values[q.otherTextId]);
    }
    return rows;
  }
  for (const [variable, v] of Object.entries(values)) {
    if (typeof v === "number") num(variable, v);
    else text(variable, v);
  }
  // "anders, namelijk" text only counts when "anders" is the answer.
  const staleOther = new Set(
    [...def.background, ...def.parts.map((p) => p.activity)]
      .filter((q) => q.otherTextId && values[q.id] !== q.options.find((o) => o.isOther)?.code)
      .map((q) => q.otherTextId),
  );
  return rows.filter((r) => !staleOther.has(r.variable));
}

/** The form values of a page rebuilt from stored rows: for back navigation and resume. */
export function fromAnswerRows(
  def: TSurveyDefinition,
  page: TPageId,
  rows: { variable: string; num: number | null; text: string | null }[],
): TPageValues {
  const partId = partOfPage(page);
  if (page === "welcome") return rows.length ? { consent: true } : {};
  if (partId && page.endsWith("_top5")) {
    const prefix = `${partId}_top5_`;
    return { [`${partId}_top5`]: rows.filter((r) => r.variable.startsWith(prefix)).map((r) => r.variable.slice(prefix.length)) };
  }
  if (partId && page.endsWith("_other")) {
    const q = getPart(def, partId).other;
    const prefix = `${q.id}_`;
    const chosen = rows
      .filter((r) => r.variable.startsWith(prefix) && r.variable !== q.otherTextId)
      .map((r) => r.variable.slice(prefix.length));
    const textRow = rows.find((r) => r.variable === q.otherTextId);
    return { [q.id]: chosen, ...(textRow?.text ? { [q.otherTextId!]: textRow.text } : {}) };
  }
  return Object.fromEntries(rows.map((r) => [r.variable, r.num ?? r.text]));
}
