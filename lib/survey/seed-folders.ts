import { asJson, databaseNow, LONG_TRANSACTION_OPTIONS, type TDb, type TTx } from "@/lib/db/prisma";
import { SURVEYS_DIR, surveyConfigs, surveyVersions, type TSurveyConfig } from "./config";
import { toVersionDef } from "./version/load";
import type { TVersionDef } from "./version/schema";

/**
 * Brings the database in line with the survey folders (surveys/<folder>/): creates surveys and
 * versions that are missing, merges surveys listed as aliases, and sets which versions are open
 * and from when. Idempotent; safe on every start. A stored version is never rewritten in a way
 * that changes what its responses mean: only when it is the same questionnaire (stored in an
 * older format, or differing in info texts alone) does it take the file's content. One
 * transaction per folder; `created_at` comes from the database's clock, as the columns' default.
 */
export type TSeedResult = { slug: string; version: number; status: "created" | "unchanged" | "updated" | "conflict" };

/** The questions a version asks, without what may change in place (info texts, naming). */
function comparable(def: TVersionDef): string {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (!v || typeof v !== "object") return v;
    const o = v as Record<string, unknown>;
    if (o.type === "info") return { type: "info", id: o.id };
    return Object.fromEntries(Object.keys(o).sort().map((k) => [k, strip(o[k])]));
  };
  return JSON.stringify(strip({ ...def, slug: "", title: "", version: 0 }));
}

async function surveyId(tx: TTx, config: TSurveyConfig, now: Date): Promise<string> {
  // ON CONFLICT DO NOTHING: an instance seeding at the same moment may have created it.
  await tx.survey.createMany({ data: [{ slug: config.slug, title: config.title, createdAt: now }], skipDuplicates: true });
  return (await tx.survey.findUniqueOrThrow({ where: { slug: config.slug }, select: { id: true } })).id;
}

/** Moves an aliased survey's versions and responses into the survey; imported versions make room. */
async function mergeAliases(tx: TTx, id: string, config: TSurveyConfig) {
  for (const alias of config.aliases) {
    const aliased = await tx.survey.findUnique({ where: { slug: alias.slug }, select: { id: true } });
    if (!aliased) continue;
    const from = aliased.id;
    for (const [oldNumber, newNumber] of Object.entries(alias.versions)) {
      const taken = await tx.surveyVersion.findUnique({
        where: { surveyId_version: { surveyId: id, version: newNumber } },
        select: { id: true, isImported: true },
      });
      if (taken && !taken.isImported) throw new Error(`${config.slug}: versie ${newNumber} bestaat al; kies een ander nummer voor ${alias.slug} v${oldNumber}.`);
      if (taken) {
        const { _max } = await tx.surveyVersion.aggregate({ where: { surveyId: id }, _max: { version: true } });
        await tx.surveyVersion.updateMany({ where: { id: taken.id }, data: { version: (_max.version ?? 0) + 1 } });
      }
      await tx.surveyVersion.updateMany({
        where: { surveyId: from, version: Number(oldNumber) },
        data: { surveyId: id, version: newNumber },
      });
    }
    if (await tx.surveyVersion.findFirst({ where: { surveyId: from }, select: { id: true } })) {
      throw new Error(`${config.slug}: ${alias.slug} heeft versies die niet in "aliases" staan.`);
    }
    await tx.response.updateMany({ where: { surveyId: from }, data: { surveyId: id } });
    await tx.raffleEntry.updateMany({ where: { surveyId: from }, data: { surveyId: id } });
    await tx.importBatch.updateMany({ where: { surveyId: from }, data: { surveyId: id } });
    await tx.survey.deleteMany({ where: { id: from } });
  }
}

async function seedVersion(tx: TTx, id: string, def: TVersionDef, now: Date): Promise<TSeedResult["status"]> {
  const row = await tx.surveyVersion.findUnique({
    where: { surveyId_version: { surveyId: id, version: def.version } },
    select: { id: true, definition: true, isImported: true },
  });
  const json = JSON.stringify(def);
  const definition = asJson(def);
  if (!row) {
    await tx.surveyVersion.createMany({
      data: [{ surveyId: id, version: def.version, definition, flowMode: def.parts?.mode ?? "sequential", wave: def.wave, createdAt: now }],
      skipDuplicates: true,
    });
    return "created";
  }
  let stored: TVersionDef | undefined;
  try {
    stored = toVersionDef(row.definition);
  } catch {
    return "conflict";
  }
  if (JSON.stringify(stored) === json && (row.definition as { format?: number }).format === 2) return "unchanged";
  if (row.isImported || comparable(stored) !== comparable(def)) return "conflict";
  await tx.surveyVersion.updateMany({ where: { id: row.id }, data: { definition } });
  return "updated";
}

export async function seedSurveyFolders(db: TDb, dir = SURVEYS_DIR): Promise<TSeedResult[]> {
  const results: TSeedResult[] = [];
  for (const { folder, config } of surveyConfigs(dir)) {
    const versions = surveyVersions(folder, config);
    await db.$transaction(async (tx) => {
      const now = await databaseNow(tx);
      const id = await surveyId(tx, config, now);
      await mergeAliases(tx, id, config);
      for (const def of versions) results.push({ slug: config.slug, version: def.version, status: await seedVersion(tx, id, def, now) });
      // Versions of the folder open as the folder says; other folder versions close. Imports are never open.
      // Versions published in the platform (publishedAt set) keep their state.
      await tx.surveyVersion.updateMany({ where: { surveyId: id, publishedAt: null }, data: { isActive: false, activeFrom: null } });
      for (const [i, entry] of config.versions.entries()) {
        const where = { surveyId: id, version: versions[i].version };
        const activeFrom = entry.activeFrom ? new Date(entry.activeFrom) : null;
        await tx.surveyVersion.updateMany({ where, data: { activeFrom } });
        if (entry.isActive) await tx.surveyVersion.updateMany({ where: { ...where, isImported: false }, data: { isActive: true } });
      }
    }, LONG_TRANSACTION_OPTIONS);
  }
  return results;
}
