import { DEFAULT_TIME_ZONE } from "@/lib/format/nl";
import { elementType } from "@/lib/survey/elements/registry";
import { structure } from "@/lib/survey/engine/structure";
import type { TVersionDef } from "@/lib/survey/version/schema";
import type { TCodebookVariable, TMeasurementLevel, TValueLabel } from "./codebook";

/**
 * The variables every export has besides the answers: about the response (meta, including when
 * each part of the version was finished) and the randomised orders shown (one `<group>_order`
 * and one `<group>_pos_<code>` per order group of the version).
 */
const NO_YES: TValueLabel[] = [{ value: 0, label: "Nee" }, { value: 1, label: "Ja" }];
/** Page IDs of the first definitions were at most 20 characters; kept as the minimum width. */
const PAGE_ID_WIDTH = 20;

const str = (name: string, label: string, width: number, group = "meta", note?: string): TCodebookVariable => ({
  name, label, group, type: "string", level: "nominal", width, valueLabels: [], missingValues: [], ...(note ? { note } : {}),
});
const time = (name: string, label: string): TCodebookVariable => ({
  name, label, group: "meta", type: "datetime", level: "scale", valueLabels: [], missingValues: [],
});
const num = (name: string, label: string, level: TMeasurementLevel, valueLabels: TValueLabel[] = [], group = "meta"): TCodebookVariable => ({
  name, label, group, type: "numeric", level, valueLabels, missingValues: [],
});

/**
 * Whether a researcher excluded the response (duplicates, response management). Only in exports
 * whose filter includes excluded responses; without it they are left out and the column says nothing.
 */
export const EXCLUDED_VARIABLE: TCodebookVariable = {
  ...num("is_excluded", "Uitgesloten door een onderzoeker (telt niet mee in de cijfers)", "nominal", NO_YES),
  note: "Alleen in een export met uitgesloten antwoorden (filter includeExcluded=true); de reden staat bij het antwoord onder Antwoorden.",
};

/** Whether the response came through the survey's test link. Only in exports that include test responses. */
export const TEST_VARIABLE: TCodebookVariable = {
  ...num("is_test", "Testantwoord (via de testlink; telt niet mee in de cijfers)", "nominal", NO_YES),
  note: "Alleen in een export met testantwoorden (filter includeTest=true).",
};

/** The codebook's variables with is_excluded after is_duplicate (exports that include excluded responses). */
export function withExcludedVariable<T extends { name: string }>(variables: T[], variable: T): T[] {
  const at = variables.findIndex((v) => v.name === "is_duplicate");
  return [...variables.slice(0, at + 1), variable, ...variables.slice(at + 1)];
}

/** Name of the variable with the moment a part was finished. */
export const partFinishedVariable = (partId: string) => `${partId}_finished_at`;

export function metaVariables(def: TVersionDef, timeZone = DEFAULT_TIME_ZONE): TCodebookVariable[] {
  const zone = `tijd in ${timeZone}`;
  const pageWidth = Math.max(PAGE_ID_WIDTH, ...structure(def).pages.map((p) => p.id.length));
  return [
    str("response_id", "Antwoord-ID", 36),
    str("external_id", "ID in het bronbestand (geïmporteerde antwoorden)", 255),
    str("wave", "Meting (golf)", 20),
    num("definition_version", "Versie van de vragenlijst", "nominal"),
    num("flow_mode", "Verloop van de vragenlijst", "nominal", [
      { value: 1, label: "Alle delen na elkaar", code: "sequential" },
      { value: 2, label: "Eén deel naar keuze", code: "choice" },
    ]),
    str("source", "Bron van de link (?bron=)", 60),
    str("language", "Taal waarin is ingevuld (ISO 639-1, bv. nl of en)", 8),
    num("is_finished", "Vragenlijst afgerond", "nominal", NO_YES),
    num("is_imported", "Geïmporteerd antwoord", "nominal", NO_YES),
    {
      ...num("is_duplicate", "Mogelijk dubbel: eerder antwoord in dezelfde meting met dezelfde IP-hash", "nominal", NO_YES),
      note: "Berekend over alle antwoorden van de meting, ongeacht filters. Een gedeeld netwerk (school) geeft ook dezelfde hash: een signaal, geen bewijs.",
    },
    str("last_page", "Laatst bereikte pagina (pagina-ID)", pageWidth),
    time("started_at", `Gestart op (${zone})`),
    time("last_saved_at", `Laatst opgeslagen op (${zone})`),
    time("finished_at", `Afgerond op (${zone})`),
    ...(def.parts?.items ?? []).map((p) => time(partFinishedVariable(p.id), `"${p.title}" afgerond op (${zone})`)),
    {
      ...num("duration_sec", "Duur in seconden (start tot laatste opslag)", "scale"),
      note: "Geïmporteerde antwoorden: start tot einde volgens het bronbestand.",
    },
  ];
}

export type TOrderUse = { group: string; codes: string[]; labels: Map<string, string>; pages: string[] };

/** Per order group of the version: the item codes it shuffles and the pages that show it. */
export function orderUses(def: TVersionDef): Map<string, TOrderUse> {
  const s = structure(def);
  const out = new Map<string, TOrderUse>();
  for (const { el, page } of s.elements.values()) {
    let items: { group: string; codes: string[] } | undefined;
    try {
      items = elementType(el).orderItems?.(el, s.lookup);
    } catch {
      // An unknown list: reported by the version checks.
    }
    if (!items) continue;
    let use = out.get(items.group);
    if (!use) {
      const options = "options" in el || "list" in el ? s.lookup.options(el as { options?: never; list?: string }) : [];
      use = { group: items.group, codes: items.codes, labels: new Map(options.map((o) => [o.code, o.label])), pages: [] };
      out.set(items.group, use);
    }
    if (!use.pages.includes(page.id)) use.pages.push(page.id);
  }
  return out;
}

export const orderVariable = (group: string) => `${group}_order`;
export const positionVariable = (group: string, code: string) => `${group}_pos_${code}`;

export function orderVariables(def: TVersionDef): TCodebookVariable[] {
  const uses = orderUses(def);
  return def.orders.flatMap((o) => {
    const use = uses.get(o.id);
    if (!use) return [];
    const width = use.codes.reduce((n, c) => n + c.length + 1, 0);
    return [
      str(orderVariable(o.id), o.label, width, "order",
        `Codes gescheiden door ';', in de volgorde waarin ze getoond zijn (willekeurig per deelnemer) op ${use.pages.join(", ")}. Leeg als die pagina's niet getoond zijn.`),
      ...use.codes.map((c) => num(positionVariable(o.id, c), o.positionLabel.replace("{label}", use.labels.get(c) ?? c), "scale", [], "order")),
    ];
  });
}
