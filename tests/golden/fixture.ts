import { readFileSync } from "node:fs";
import { pool } from "@/lib/db/client";
import { ZImportOptions } from "@/lib/import/options";
import { analyseFile, importFile, type TImportResult } from "@/lib/import/service";
import { savePage } from "@/lib/responses/service";
import { bundledDefinitions } from "@/lib/survey";
import type { TPartId, TSurveyDefinition } from "@/lib/survey/definition";
import { partPages } from "@/lib/survey/flow";
import { getCompetences, getPart, getScale } from "@/lib/survey/model";
import { visibleOptions } from "@/lib/survey/pages";
import { withTolerantie } from "../integration/import-helpers";
import { seededRandom, type TRandom } from "./random";

/**
 * The golden respondents: a fixed, seeded set of page saves for both bundled surveys, saved
 * through the same service as PUT /api/s/[slug]/responses/[id], plus the 2020 SurveyMonkey wave
 * through the import service. Everything derives from SEED; the generated scripts are recorded in
 * tests/golden/respondents.json so a change of the input itself is caught too.
 */
export const SEED = "golden-v1";
export const CHOICE_SLUG = "internationale-competenties";
export const SEQUENTIAL_SLUG = "internationale-competenties-sequentieel";
export const GOLDEN_SLUGS = [CHOICE_SLUG, SEQUENTIAL_SLUG] as const;
const COUNTS = { [CHOICE_SLUG]: 40, [SEQUENTIAL_SLUG]: 24 } as const;
/** Fieldwork start per survey: the sequential flow ran the first four weeks of 2023, choice after. */
const FIELDWORK_START = { [SEQUENTIAL_SLUG]: "2023-03-06T00:00:00Z", [CHOICE_SLUG]: "2023-04-03T00:00:00Z" } as const;

export type TGoldenSave = { page: string; values: Record<string, unknown>; durationMs: number; pauseMs: number };
export type TGoldenRespondent = {
  key: string;
  slug: string;
  id: string;
  secret: string;
  ip: string;
  source?: string;
  /** Virtual time the respondent opened the survey; each save adds its pause and duration. */
  openedAt: string;
  saves: TGoldenSave[];
};

const FUNCTION_TEXTS = ['Docent, "coördinator" én\nmentor', "Directeur", "  Intern begeleider  ", "Decaan; loopbaancoach"];
const OTHER_TEXTS = ["Buddy's uit het buitenland", "Virtuele uitwisseling, met 'eTwinning'", "Gastgezin, \"thuis\" ontvangen", "Zomerschool"];
const SOURCES = ["nieuwsbrief", "linkedin", "mailing-2023", "website"];

type TState = { n: number; activityTurn: Record<TPartId, number> };

function definitionOf(slug: string): TSurveyDefinition {
  const def = bundledDefinitions.find((d) => d.slug === slug);
  if (!def) throw new Error(`no bundled definition ${slug}`);
  return def;
}

function background(def: TSurveyDefinition, rnd: TRandom, st: TState): Record<string, unknown> {
  const [fn, province, sector] = def.background;
  const fnCodes = fn.options.map((o) => o.code);
  const isOther = st.n % 6 === 0;
  const values: Record<string, unknown> = {
    bg_function: isOther ? "anders" : rnd.pick(fnCodes.filter((c) => c !== "anders")),
    bg_province: rnd.pick(province.options.map((o) => o.code)),
    // Cycled so every sector (and so every sector group) has respondents.
    bg_sector: sector.options[st.n % sector.options.length].code,
  };
  // A stale "anders" text (function changed away from "anders") must not be stored.
  if (isOther || rnd.chance(0.1)) values.bg_function_other = FUNCTION_TEXTS[st.n % FUNCTION_TEXTS.length];
  return values;
}

function nextActivity(def: TSurveyDefinition, part: TPartId, st: TState): string {
  const options = getPart(def, part).activity.options;
  // Cycled per part, so every activity of both parts is answered.
  return options[st.activityTurn[part]++ % options.length].code;
}

function factors(def: TSurveyDefinition, part: TPartId, activity: string, rnd: TRandom) {
  const f = getPart(def, part).factors!;
  const scale = getScale(def, f.scale);
  const values: Record<string, unknown> = {};
  for (const item of f.sets[activity] ?? []) {
    const r = rnd.next();
    // Untouched sliders: sometimes absent, sometimes sent as null.
    if (r < 0.12) continue;
    values[`${part}_factor_${activity}_${item.id}`] = r < 0.22 ? null : rnd.int(scale.min, scale.max);
  }
  return values;
}

function development(def: TSurveyDefinition, part: TPartId, rnd: TRandom) {
  const d = getPart(def, part).development;
  const scale = getScale(def, d.scale);
  const values: Record<string, unknown> = {};
  for (const c of getCompetences(def, d.model)) {
    if (rnd.chance(0.1)) continue;
    // Extra weight on the user-missing codes ("niet van toepassing").
    values[`${part}_dev_${c.id}`] = scale.missingValues.length && rnd.chance(0.1) ? rnd.pick(scale.missingValues) : rnd.int(scale.min, scale.max);
  }
  return values;
}

function top5(def: TSurveyDefinition, part: TPartId, rnd: TRandom) {
  const t = getPart(def, part).top5;
  return { [`${part}_top5`]: rnd.sample(getCompetences(def, t.model).map((c) => c.id), t.count) };
}

function other(def: TSurveyDefinition, part: TPartId, activity: string, rnd: TRandom, st: TState) {
  const q = getPart(def, part).other;
  const options = visibleOptions(q, activity);
  const exclusive = options.find((o) => o.isExclusive)!.code;
  const otherCode = options.find((o) => o.isOther)!.code;
  if (rnd.chance(0.15)) return { [q.id]: [exclusive] };
  const chosen = rnd.sample(options.filter((o) => !o.isExclusive && !o.isOther).map((o) => o.code), rnd.int(1, 4));
  const values: Record<string, unknown> = { [q.id]: chosen };
  if (st.n % 4 === 1) {
    chosen.push(otherCode);
    values[q.otherTextId!] = OTHER_TEXTS[st.n % OTHER_TEXTS.length];
  }
  return values;
}

function raffle(rnd: TRandom, st: TState) {
  const r = rnd.next();
  if (r < 0.3) return { email: `Deelnemer${st.n}@Example.org` };
  return r < 0.6 ? { email: "" } : {};
}

/** The saves of one part, with an occasional change of activity after its first page. */
function partSaves(def: TSurveyDefinition, part: TPartId, rnd: TRandom, st: TState): { page: string; values: Record<string, unknown> }[] {
  let activity = nextActivity(def, part, st);
  const page = (p: string, act: string): Record<string, unknown> => {
    const kind = p.slice(part.length + 1);
    if (kind === "activity") return { [`${part}_activity`]: act };
    if (kind === "factors") return factors(def, part, act, rnd);
    if (kind === "dev") return development(def, part, rnd);
    if (kind === "top5") return top5(def, part, rnd);
    return other(def, part, act, rnd, st);
  };
  const pages = partPages(def, part);
  const saves = [{ page: pages[0], values: page(pages[0], activity) }, { page: pages[1], values: page(pages[1], activity) }];
  if (rnd.chance(0.12)) {
    // Back to the activity page, another activity: the answers of the later pages are cleared.
    activity = nextActivity(def, part, st);
    saves.push({ page: pages[0], values: page(pages[0], activity) }, { page: pages[1], values: page(pages[1], activity) });
  }
  for (const p of pages.slice(2)) saves.push({ page: p, values: page(p, activity) });
  return saves;
}

function timing(rnd: TRandom): Pick<TGoldenSave, "durationMs" | "pauseMs"> {
  return { durationMs: rnd.int(4, 150) * 1000 + rnd.int(0, 999), pauseMs: rnd.chance(0.04) ? rnd.int(1, 20) * 3_600_000 : rnd.int(0, 3000) };
}

function respondent(slug: string, index: number, rnd: TRandom, st: TState): TGoldenRespondent {
  const def = definitionOf(slug);
  const isChoice = def.flowMode === "choice";
  const steps: { page: string; values: Record<string, unknown> }[] = [
    { page: "welcome", values: { consent: true } },
    { page: "bg", values: background(def, rnd, st) },
  ];
  let mainPart: TPartId = "p1";
  if (isChoice) {
    mainPart = rnd.chance(0.5) ? "p1" : "p2";
    steps.push({ page: "choice", values: { part_choice: mainPart } });
    // Back navigation: the background page saved a second time, then the choice again.
    if (rnd.chance(0.1)) {
      steps.push({ page: "bg", values: background(def, rnd, st) }, { page: "choice", values: { part_choice: mainPart } });
    }
    steps.push(...partSaves(def, mainPart, rnd, st));
  } else {
    for (const part of def.parts) steps.push(...partSaves(def, part.id, rnd, st));
  }
  steps.push({ page: "raffle", values: raffle(rnd, st) });
  const mainLength = steps.length;
  if (isChoice && rnd.chance(0.35)) {
    const extra: TPartId = mainPart === "p1" ? "p2" : "p1";
    steps.push({ page: "done", values: { extra_part: extra } }, ...partSaves(def, extra, rnd, st));
  }
  // About a third stop early: anywhere from the welcome page to the last page of the extra part.
  let kept = steps.length;
  if (rnd.chance(0.3)) kept = rnd.int(1, steps.length - 1);
  else if (steps.length > mainLength && rnd.chance(0.4)) kept = rnd.int(mainLength + 1, steps.length - 1);
  const day = rnd.int(0, 27);
  const opened = Date.parse(FIELDWORK_START[slug as keyof typeof FIELDWORK_START]) + day * 86_400_000 + rnd.int(7 * 3600, 21 * 3600) * 1000;
  return {
    key: `${isChoice ? "c" : "s"}${String(index).padStart(2, "0")}`,
    slug,
    id: rnd.uuid(),
    secret: rnd.token(40),
    // A small pool of addresses, so some responses share one (the export's is_duplicate).
    ip: `203.0.113.${rnd.int(1, 30)}`,
    ...(rnd.chance(0.6) ? { source: rnd.pick(SOURCES) } : {}),
    openedAt: new Date(opened).toISOString(),
    saves: steps.slice(0, kept).map((s) => ({ ...s, ...timing(rnd) })),
  };
}

/** Every golden respondent, in the order they are saved. Pure: same seed, same list. */
export function goldenRespondents(): TGoldenRespondent[] {
  const rnd = seededRandom(SEED);
  const st: TState = { n: 0, activityTurn: { p1: 0, p2: 0 } };
  const out: TGoldenRespondent[] = [];
  for (const slug of GOLDEN_SLUGS) {
    for (let i = 0; i < COUNTS[slug]; i++, st.n++) out.push(respondent(slug, i, rnd, st));
  }
  return out;
}

/**
 * The save service stamps rows with the database clock (now()); it takes no clock. After each
 * save the timestamps that save set (any later than CLOCK_CUT: the real clock) are moved to the
 * respondent's virtual time, so timings, days and the export's dates are fixed. Test-only writes.
 */
const CLOCK_CUT = "2024-06-01T00:00:00Z";

async function pinClock(id: string, page: string, at: Date, durationMs: number) {
  const cut = (col: string) => `${col} = CASE WHEN ${col} > $2::timestamptz THEN $3::timestamptz ELSE ${col} END`;
  await pool().query(
    `UPDATE response SET ${["started_at", "updated_at", "finished_at", "p1_finished_at", "p2_finished_at"].map(cut).join(", ")}
     WHERE id = $1`,
    [id, CLOCK_CUT, at.toISOString()],
  );
  await pool().query(
    `UPDATE page_visit SET
       entered_at = CASE WHEN entered_at > $3::timestamptz THEN $4::timestamptz - make_interval(secs => $5::int / 1000.0) ELSE entered_at END,
       submitted_at = $4::timestamptz
     WHERE response_id = $1 AND page_id = $2`,
    [id, page, CLOCK_CUT, at.toISOString(), durationMs],
  );
}

export async function saveRespondent(r: TGoldenRespondent) {
  let at = Date.parse(r.openedAt);
  let seq = 0;
  for (const s of r.saves) {
    at += s.pauseMs + s.durationMs;
    seq++;
    const source = seq === 1 ? r.source : undefined;
    await savePage(r.slug, r.id, { secret: r.secret, seq, page: s.page, durationMs: s.durationMs, values: s.values, source }, r.ip);
    await pinClock(r.id, s.page, new Date(at), s.durationMs);
  }
}

export const IMPORT_FILE = "tests/fixtures/surveymonkey/wave2020.csv";

/** The 2020 SurveyMonkey wave through the import service, mapped as a researcher would. */
export async function importWave2020(): Promise<TImportResult> {
  const file = { name: "wave2020.csv", data: new Uint8Array(readFileSync(IMPORT_FILE)) };
  const options = ZImportOptions.parse({ wave: "2020" });
  const analysis = await analyseFile(CHOICE_SLUG, file, options);
  return importFile(CHOICE_SLUG, file, withTolerantie(analysis), options, null);
}

/** Seeds an empty database (bundled surveys only) with every golden respondent and the 2020 wave. */
export async function seedGolden(): Promise<TGoldenRespondent[]> {
  const respondents = goldenRespondents();
  for (const r of respondents) await saveRespondent(r);
  await importWave2020();
  await backfillImportedDims();
  return respondents;
}

/**
 * While the import still fills only the old columns, its rows get `dims` and `parts_finished` by
 * the conversion of migration 20261130100000_response_dims. A no-op once the import writes them.
 */
export async function backfillImportedDims() {
  await pool().query(
    `UPDATE response SET
       dims = jsonb_strip_nulls(jsonb_build_object(
         'bg_function', "function", 'bg_province', province, 'bg_sector', sector, 'part_choice', part_choice,
         'extra_part', extra_part, 'p1_activity', p1_activity, 'p2_activity', p2_activity)),
       parts_finished = jsonb_strip_nulls(jsonb_build_object(
         'p1', to_char(p1_finished_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'p2', to_char(p2_finished_at, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))
     WHERE is_imported AND dims = '{}'::jsonb`,
  );
}
