import { z } from "zod";
import { ZVersionDef, type TVersionDef } from "../version/schema";

/**
 * Definition files: a survey version as JSON, in the format of the version files in the
 * repository's survey folders (surveys/<slug>/versions/*.json, validated by ZVersionDef).
 * A file exported here and imported again is the same version; exporting it again gives the
 * same bytes. The JSON Schema for editors is generated from the same zod schema
 * (`definitionJsonSchema`, served at /schemas/survey-version.json).
 */

/** The file's text: the validated definition (defaults filled in), two-space indented. */
export function definitionJson(def: TVersionDef): string {
  return `${JSON.stringify(def, null, 2)}\n`;
}

export type TDefinitionIssue = { path: string; message: string };
export type TParsedDefinition = { ok: true; def: TVersionDef } | { ok: false; issues: TDefinitionIssue[] };

const MAX_ISSUES = 20;

/**
 * Reads an uploaded definition for a survey: JSON, then the version schema with its
 * cross-checks. The survey and version number are the target's (a file of another survey can be
 * a template); errors name the field, in Dutch.
 */
export function parseDefinition(text: string, target: { slug: string; version: number }): TParsedDefinition {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    const where = /position (\d+)/.exec((e as Error).message)?.[1];
    return { ok: false, issues: [{ path: "", message: `Geen geldige JSON${where ? ` (fout bij teken ${where})` : ""}.` }] };
  }
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) {
    return { ok: false, issues: [{ path: "", message: "Een definitiebestand is één JSON-object met format, title, wave, pages en end." }] };
  }
  if ("base" in raw && "patch" in raw) {
    return { ok: false, issues: [{ path: "base", message: "Dit bestand bouwt voort op een ander bestand (base + patch); exporteer de volledige versie en laad die." }] };
  }
  const parsed = ZVersionDef.safeParse({ ...raw, slug: target.slug, version: target.version });
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.slice(0, MAX_ISSUES).map((i) => ({ path: i.path.join("."), message: i.message })),
    };
  }
  return { ok: true, def: parsed.data };
}

/** A new survey's first draft: one empty page and a thank-you page. */
export function blankDefinition(slug: string, title: string, wave: string): TVersionDef {
  return ZVersionDef.parse({
    format: 2, slug, version: 1, title, wave,
    pages: [{ id: "p1", title: "Pagina 1", elements: [] }],
    end: { title: "Bedankt!", body: "Bedankt voor het invullen van de vragenlijst." },
  });
}

/** The JSON Schema of a definition file (what an editor can check while typing). */
export function definitionJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ZVersionDef, { io: "input", unrepresentable: "any" }),
    $id: "/schemas/survey-version.json",
    title: "Vragenlijstversie (definitiebestand)",
    description: "Een versie van een vragenlijst: pagina's met elementen, delen, schalen, lijsten en volgordes. Zie docs/ARCHITECTURE.md.",
  };
}

/** Largest definition file accepted (the Nuffic questionnaire's version is about 40 KB). */
export const MAX_DEFINITION_BYTES = 2 * 1024 * 1024;

/** The draft revision a form was shown ("" when the survey had no draft). */
export const ZRevision = z.preprocess(
  (v) => (v === "" || v === null ? null : v),
  z.coerce.number().int().positive().nullable(),
);


/**
 * An editor's autosave: the whole draft as the researcher has it (valid or not yet valid) and
 * the revision it was based on. The client builds the body with it and the route checks it.
 */
export const ZDraftSave = z.strictObject({
  revision: z.number().int().positive().nullable(),
  definition: z.record(z.string(), z.unknown()),
});
export type TDraftSave = z.infer<typeof ZDraftSave>;
