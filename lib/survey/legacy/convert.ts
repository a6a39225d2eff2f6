import type { TChoiceQuestion, TPart as TLegacyPart, TSurveyDefinition } from "./schema";
import type { TElement } from "../elements/registry";
import type { TOption } from "../version/primitives";
import { ZVersionDef, type TPage, type TVersionDef } from "../version/schema";

/**
 * From the first definition format (two fixed parts with five page kinds) to the general model.
 * Used to write the bundled surveys' files and to migrate stored versions; the variable names,
 * page IDs and order seeds stay exactly as they were, so existing data keeps its meaning.
 */
const pipeOf = (text: string, variable: string) => text.replace(/\[activiteit\]/g, `{{${variable}}}`);

function option(o: TChoiceQuestion["options"][number], activityVar?: string): TOption {
  return {
    code: o.code,
    label: o.label,
    ...(o.help ? { help: o.help } : {}),
    ...(o.isOther ? { isOther: true } : {}),
    ...(o.isExclusive ? { isExclusive: true } : {}),
    ...(o.hideIfActivity && activityVar ? { showIf: { not: { var: activityVar, equals: o.hideIfActivity } } } : {}),
  };
}

function single(q: TChoiceQuestion): TElement {
  return {
    type: "single", id: q.id, text: q.text, ...(q.help ? { help: q.help } : {}), display: "radio",
    isRequired: q.isRequired, options: q.options.map((o) => option(o)), ...(q.otherTextId ? { otherText: q.otherTextId } : {}),
  };
}

const partName = (part: TLegacyPart) => part.title.split(":")[0].trim() || part.id;

function partPages(part: TLegacyPart): TPage[] {
  const name = partName(part);
  const activity = part.activity.id;
  const pages: TPage[] = [{ id: `${part.id}_activity`, title: part.title, part: part.id, elements: [single(part.activity)] }];
  if (part.factors) {
    const sets = part.activity.options
      .filter((o) => part.factors!.sets[o.code])
      .map((o) => ({ code: o.code, items: part.factors!.sets[o.code] }));
    pages.push({
      id: `${part.id}_factors`, title: part.title, part: part.id,
      elements: [{ type: "sliders", id: `${part.id}_factor`, text: part.factors.intro, scale: part.factors.scale, itemsBy: { var: activity, sets } }],
    });
  }
  pages.push(
    {
      id: `${part.id}_dev`, title: part.title, part: part.id,
      elements: [{
        type: "grid", id: `${part.id}_dev`, text: pipeOf(part.development.text, activity), label: `${name} ontwikkeling`,
        list: part.development.model, scale: part.development.scale, randomize: part.id,
      }],
    },
    {
      id: `${part.id}_top5`, title: part.title, part: part.id,
      elements: [{
        type: "pickn", id: `${part.id}_top5`, text: pipeOf(part.top5.text, activity), label: `${name} top ${part.top5.count}`,
        list: part.top5.model, count: part.top5.count, mode: "exactly", randomize: part.id,
      }],
    },
    {
      id: `${part.id}_other`, title: part.title, part: part.id,
      elements: [{
        type: "multi", id: part.other.id, text: pipeOf(part.other.text, activity), ...(part.other.help ? { help: part.other.help } : {}),
        label: `${name} andere activiteiten`, isRequired: part.other.isRequired,
        options: part.other.options.map((o) => option(o, activity)),
        ...(part.other.otherTextId ? { otherText: part.other.otherTextId } : {}),
      }],
    },
  );
  return pages;
}

export function convertLegacy(def: TSurveyDefinition): TVersionDef {
  return ZVersionDef.parse({
    format: 2,
    slug: def.slug,
    version: def.version,
    title: def.title,
    wave: def.wave,
    scales: def.scales.map((s) => ({ ...s, step: 1 })),
    lists: def.models.map((m) => ({
      id: m.id, label: m.label, groups: m.clusters.map((c) => ({ id: c.id, label: c.label })),
      options: m.clusters.flatMap((c) => c.competences.map((x) => ({ code: x.id, label: x.label, group: c.id }))),
    })),
    orders: def.parts.map((p) => ({
      id: p.id,
      label: `${partName(p)}: getoonde volgorde van de competenties`,
      positionLabel: `${partName(p)}: positie van "{label}" in de getoonde volgorde`,
    })),
    pages: [
      {
        id: "welcome", title: def.welcome.title,
        elements: [
          { type: "info", id: "welcome_text", paragraphs: def.welcome.paragraphs },
          { type: "info", id: "welcome_privacy", title: "Privacy", paragraphs: [def.welcome.privacy] },
          { type: "consent", id: "consent", text: def.welcome.consentLabel, label: "Toestemming voor deelname" },
        ],
      },
      { id: "bg", title: "Over jou en je werk", elements: def.background.map(single) },
      ...def.parts.flatMap(partPages),
      {
        id: "raffle", title: "Verloting",
        elements: [
          { type: "info", id: "raffle_text", paragraphs: [def.raffle.text] },
          { type: "email", id: "email", text: def.raffle.emailLabel },
        ],
      },
    ],
    parts: {
      mode: def.flowMode,
      items: def.parts.map((p) => ({ id: p.id, title: p.title, description: p.description, estimatedMinutes: p.estimatedMinutes })),
      choice: { title: "Kies een deel", text: def.partChoice.text, label: "Gekozen deel" },
      extra: { label: "Na afloop ook het andere deel gekozen" },
    },
    end: { id: "done", title: def.thanks.title, body: def.thanks.body },
  });
}
