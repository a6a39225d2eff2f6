import { elementVariables, type TCodebookVariable } from "@/lib/export/codebook";
import { pick, type TAdminLang } from "@/lib/i18n/admin";
import { DIFF } from "@/lib/i18n/admin/diff";
import { languagesOf } from "../i18n/texts";
import type { TElement } from "../elements/registry";
import { structure } from "../engine/structure";
import type { TPage, TVersionDef } from "../version/schema";

/**
 * What changes when a draft replaces the live version, for the researcher to read before
 * publishing. Compared through the codebook (every export variable with its value labels), so
 * it knows every element type without code of its own, and through the definition for
 * conditions, pages, parts and orders.
 *
 * `warning` marks what breaks comparability between responses to the two versions: a variable
 * removed or retyped, an option code removed or renumbered, a scale's values or its user-missing
 * codes changed, a condition or the flow changed (different people are asked). Wording changes
 * and additions are `info`. Messages are in the researcher's language (Dutch unless `lang` says).
 */
export type TChange = {
  severity: "warning" | "info";
  /** What was changed: a variable name, an element or page ID, or "flow". */
  subject: string;
  message: string;
};

const json = (v: unknown) => JSON.stringify(v ?? null);
type TTexts = (typeof DIFF)["nl"];

function scaleRange(v: TCodebookVariable, t: TTexts): string {
  const values = v.valueLabels.map((l) => l.value);
  return values.length ? `${Math.min(...values)}–${Math.max(...values)}` : t.noLabels;
}

function compareVariable(before: TCodebookVariable, after: TCodebookVariable, out: TChange[], t: TTexts) {
  const name = after.name;
  if (before.type !== after.type || before.level !== after.level) {
    out.push({ severity: "warning", subject: name, message: t.retyped(name, `${before.type}/${before.level}`, `${after.type}/${after.level}`) });
  }
  const isCoded = before.valueLabels.some((l) => l.code !== undefined) || after.valueLabels.some((l) => l.code !== undefined);
  if (isCoded) {
    const newCodes = new Map(after.valueLabels.map((l) => [l.code, l]));
    const oldCodes = new Map(before.valueLabels.map((l) => [l.code, l]));
    for (const l of before.valueLabels) {
      const now = newCodes.get(l.code);
      if (!now) out.push({ severity: "warning", subject: name, message: t.optionGone(name, l.label, String(l.code)) });
      else if (now.label !== l.label) out.push({ severity: "info", subject: name, message: t.optionRenamed(name, String(l.code), now.label, l.label) });
    }
    for (const l of after.valueLabels) {
      if (!oldCodes.has(l.code)) out.push({ severity: "info", subject: name, message: t.optionNew(name, l.label, String(l.code)) });
    }
  } else {
    const oldValues = json(before.valueLabels.map((l) => l.value));
    const newValues = json(after.valueLabels.map((l) => l.value));
    if (oldValues !== newValues) {
      out.push({ severity: "warning", subject: name, message: t.scaleChanged(name, scaleRange(before, t), scaleRange(after, t)) });
    } else {
      const byValue = new Map(before.valueLabels.map((l) => [l.value, l.label]));
      const relabelled = after.valueLabels.filter((l) => byValue.get(l.value) !== l.label);
      if (relabelled.length) out.push({ severity: "info", subject: name, message: t.scaleLabels(name, relabelled.map((l) => `${l.value} = "${l.label}"`).join(", ")) });
    }
  }
  if (json([...before.missingValues].sort()) !== json([...after.missingValues].sort())) {
    out.push({ severity: "warning", subject: name, message: t.missingChanged(name, before.missingValues.join(", ") || t.none, after.missingValues.join(", ") || t.none) });
  }
  const textOf = (v: TCodebookVariable) => v.question ?? v.label;
  if (textOf(before) !== textOf(after)) {
    out.push({ severity: "info", subject: name, message: t.questionText(name, String(textOf(after)), String(textOf(before))) });
  } else if (before.label !== after.label) {
    out.push({ severity: "info", subject: name, message: t.label(name, after.label, before.label) });
  }
}

type TPlaced = { el: TElement; page: TPage };

function elements(def: TVersionDef): Map<string, TPlaced> {
  const out = new Map<string, TPlaced>();
  for (const page of def.pages) for (const el of page.elements) out.set(el.id, { el, page });
  return out;
}

/** The conditions of an element: its own and those on its options (option showIf). */
function conditionsOf(el: TElement): unknown {
  const options = "options" in el && Array.isArray(el.options) ? el.options.filter((o) => o.showIf).map((o) => [o.code, o.showIf]) : [];
  return { showIf: el.showIf ?? null, options };
}

function compareStructure(before: TVersionDef, after: TVersionDef, out: TChange[], t: TTexts) {
  const flow = (d: TVersionDef) => (d.parts ? `${d.parts.mode}: ${d.parts.items.map((p) => p.id).join(", ")}` : t.noParts);
  if (flow(before) !== flow(after)) {
    out.push({ severity: "warning", subject: "flow", message: t.flow(flow(before), flow(after)) });
  }
  const oldPages = new Map(before.pages.map((p) => [p.id, p]));
  const newPages = new Map(after.pages.map((p) => [p.id, p]));
  for (const p of before.pages) if (!newPages.has(p.id)) out.push({ severity: "info", subject: p.id, message: t.pageGone(p.id) });
  for (const p of after.pages) {
    const old = oldPages.get(p.id);
    if (!old) {
      out.push({ severity: "info", subject: p.id, message: t.pageNew(p.id) });
      continue;
    }
    if (json(old.showIf) !== json(p.showIf)) out.push({ severity: "warning", subject: p.id, message: t.pageCondition(p.id) });
    if ((old.part ?? "") !== (p.part ?? "")) out.push({ severity: "warning", subject: p.id, message: t.pagePart(p.id, p.part ?? t.noPart, old.part ?? t.noPart) });
  }
  const oldOrder = before.pages.map((p) => p.id).filter((id) => newPages.has(id));
  const newOrder = after.pages.map((p) => p.id).filter((id) => oldPages.has(id));
  if (json(oldOrder) !== json(newOrder)) out.push({ severity: "info", subject: "pages", message: t.pageOrder(newOrder.join(", ")) });

  const oldEls = elements(before);
  for (const [id, { el, page }] of elements(after)) {
    const old = oldEls.get(id);
    if (!old) continue;
    if (old.el.type !== el.type) out.push({ severity: "warning", subject: id, message: t.elementType(id, old.el.type, el.type) });
    if (json(conditionsOf(old.el)) !== json(conditionsOf(el))) {
      out.push({ severity: "warning", subject: id, message: t.elementCondition(id) });
    }
    if (old.page.id !== page.id) out.push({ severity: "info", subject: id, message: t.elementMoved(id, page.id, old.page.id) });
  }
  const orders = (d: TVersionDef) => json(d.orders.map((o) => o.id));
  if (orders(before) !== orders(after)) out.push({ severity: "info", subject: "orders", message: t.orders(after.orders.map((o) => o.id).join(", ") || t.none) });
}

/** Every difference between the live version and a draft, warnings first, then in questionnaire order. */
/** Languages added or removed and translations changed: wording only, never a break in comparability. */
function compareTranslations(before: TVersionDef, after: TVersionDef, out: TChange[], t: TTexts) {
  const [was, now] = [languagesOf(before), languagesOf(after)];
  for (const lang of now.filter((l) => !was.includes(l))) out.push({ severity: "info", subject: "languages", message: t.languageNew(lang) });
  for (const lang of was.filter((l) => !now.includes(l))) out.push({ severity: "info", subject: "languages", message: t.languageGone(lang) });
  for (const lang of now.filter((l) => was.includes(l))) {
    const [a, b] = [before.translations?.[lang] ?? {}, after.translations?.[lang] ?? {}];
    const changed = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => a[k] !== b[k])).size;
    if (changed) out.push({ severity: "info", subject: "translations", message: t.translation(lang, changed) });
  }
}

export function diffVersions(before: TVersionDef, after: TVersionDef, lang: TAdminLang = "nl"): TChange[] {
  const t = pick(DIFF, lang);
  const out: TChange[] = [];
  if (before.title !== after.title) out.push({ severity: "info", subject: "title", message: t.title(after.title, before.title) });
  if (before.wave !== after.wave) out.push({ severity: "info", subject: "wave", message: t.wave(after.wave, before.wave) });
  compareStructure(before, after, out, t);
  const oldVars = new Map(elementVariables(before).map((v) => [v.name, v]));
  const newVars = elementVariables(after);
  const newNames = new Set(newVars.map((v) => v.name));
  for (const v of oldVars.values()) {
    if (!newNames.has(v.name)) out.push({ severity: "warning", subject: v.name, message: t.variableGone(v.name, v.label) });
  }
  for (const v of newVars) {
    const old = oldVars.get(v.name);
    if (old) compareVariable(old, v, out, t);
    else out.push({ severity: "info", subject: v.name, message: t.variableNew(v.name, v.label) });
  }
  // Anything else about an element that the checks above did not name (an info text, a setting).
  const named = new Set(out.map((c) => c.subject));
  const owned = structure(after).variablesOf;
  const oldEls = elements(before);
  for (const [id, { el }] of elements(after)) {
    const old = oldEls.get(id);
    if (!old || json(old.el) === json(el)) continue;
    if (named.has(id) || (owned.get(id) ?? []).some((v) => named.has(v))) continue;
    out.push({ severity: "info", subject: id, message: t.elementChanged(id) });
  }
  if (before.end.title !== after.end.title || before.end.body !== after.end.body) out.push({ severity: "info", subject: after.end.id, message: t.end });
  compareTranslations(before, after, out, t);
  return [...out.filter((c) => c.severity === "warning"), ...out.filter((c) => c.severity === "info")];
}
