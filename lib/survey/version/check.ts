import { elementType } from "../elements/registry";
import { conditionVars } from "../engine/conditions";
import { pipedVars } from "../engine/piping";
import { structure } from "../engine/structure";
import { languagesOf, translatableTexts } from "../i18n/texts";
import type { TCondition } from "./primitives";
import type { TVersionDef } from "./schema";

/**
 * Consistency of a whole version, beyond each field's own schema: unique page IDs and variables,
 * parts as consecutive blocks, and every reference (scale, list, condition, pipe, dimension,
 * order group) pointing at something that exists.
 */
export function checkVersion(def: TVersionDef, issue: (path: (string | number)[], message: string) => void) {
  const s = structure(def);
  const pageIds = s.pages.map((p) => p.id);
  const dupPage = pageIds.find((id, i) => pageIds.indexOf(id) !== i);
  if (dupPage) issue(["pages"], `Pagina "${dupPage}" komt twee keer voor.`);

  const names = new Set<string>();
  for (const v of s.variables) {
    if (names.has(v.name)) issue(["pages"], `Variabele "${v.name}" komt twee keer voor.`);
    names.add(v.name);
  }
  const known = new Set([...names, ...s.elements.keys()]);

  const partIds = new Set(def.parts?.items.map((p) => p.id) ?? []);
  def.pages.forEach((page, i) => {
    if (page.part && !partIds.has(page.part)) issue(["pages", i, "part"], `Onbekend deel "${page.part}".`);
  });
  for (const [id, pages] of s.partPages) {
    if (pages.length === 0) issue(["parts"], `Deel "${id}" heeft geen pagina's.`);
  }
  const first = def.pages.findIndex((p) => p.part);
  const last = def.pages.findLastIndex((p) => p.part);
  if (first >= 0) {
    const block = def.pages.slice(first, last + 1);
    if (block.some((p) => !p.part)) issue(["pages"], "Pagina's zonder deel staan tussen de pagina's van de delen.");
    const order = block.map((p) => p.part).filter((p, i, a) => p !== a[i - 1]);
    if (new Set(order).size !== order.length) issue(["pages"], "De pagina's van een deel staan niet aaneen.");
    if (!def.parts) issue(["parts"], "Pagina's horen bij een deel, maar er zijn geen delen gedefinieerd.");
  }

  const refCondition = (c: TCondition | undefined, path: (string | number)[]) => {
    for (const v of conditionVars(c)) if (!known.has(v)) issue(path, `Voorwaarde verwijst naar onbekende variabele "${v}".`);
  };
  const orderCodes = new Map<string, string>();
  def.pages.forEach((page, p) => {
    refCondition(page.showIf, ["pages", p, "showIf"]);
    page.elements.forEach((el, e) => {
      const path = ["pages", p, "elements", e];
      const type = elementType(el);
      type.check?.(el, s.lookup, (field, message) => issue([...path, field], message));
      refCondition(el.showIf, [...path, "showIf"]);
      const texts = [("text" in el ? el.text : undefined), ("help" in el ? el.help : undefined)];
      for (const v of texts.flatMap(pipedVars)) {
        if (s.elements.get(v)?.el.type !== "single") issue([...path, "text"], `{{${v}}} is geen eerdere enkelvoudige vraag.`);
      }
      if ("options" in el) el.options?.forEach((o, i) => refCondition(o.showIf, [...path, "options", i, "showIf"]));
      try {
        const items = type.orderItems?.(el, s.lookup);
        if (!items) return;
        if (!def.orders.some((o) => o.id === items.group)) issue([...path, "randomize"], `Onbekende volgordegroep "${items.group}".`);
        const codes = [...items.codes].sort().join(",");
        if (orderCodes.has(items.group) && orderCodes.get(items.group) !== codes) {
          issue([...path, "randomize"], `Volgordegroep "${items.group}" wordt gedeeld door elementen met verschillende opties.`);
        }
        orderCodes.set(items.group, codes);
      } catch {
        // unknown list: reported by the element's own check
      }
    });
  });
  checkTranslations(def, issue);
}

const pipeSet = (text: string) => [...new Set(pipedVars(text))].sort().join(", ");

/** Languages once each; translations only for the version's other languages, with the source text's `{{pipes}}`. */
function checkTranslations(def: TVersionDef, issue: (path: (string | number)[], message: string) => void) {
  const langs = languagesOf(def);
  const dup = langs.find((l, i) => langs.indexOf(l) !== i);
  if (dup) issue(["languages"], `Taal "${dup}" komt twee keer voor.`);
  if (!def.translations) return;
  const texts = new Map(translatableTexts(def).map((t) => [t.key, t.text]));
  for (const [lang, table] of Object.entries(def.translations)) {
    if (!langs.slice(1).includes(lang)) issue(["translations", lang], `Vertalingen in "${lang}", maar "${lang}" staat niet als vertaling in languages.`);
    for (const [key, text] of Object.entries(table)) {
      const source = texts.get(key);
      // A translation whose text is gone is harmless: the editor lists it to remove.
      if (source === undefined || pipeSet(source) === pipeSet(text)) continue;
      const expected = pipeSet(source) ? pipedVars(source).map((v) => `{{${v}}}`).join(" ") : "geen {{…}}";
      issue(["translations", lang, key], `Vertaling (${lang}) van ${key}: gebruik dezelfde verwijzingen als de brontekst (${expected}).`);
    }
  }
}
