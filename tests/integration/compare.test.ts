import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isRun } from "@/lib/analysis/compare/inference";
import { computeComparison, getComparison } from "@/lib/analysis/compare/service";
import { getSurveyContext } from "@/lib/analysis/survey";
import type { TComparison } from "@/lib/analysis/compare/shape";
import { parseFilters } from "@/lib/analysis/filters";
import { surveyConfig } from "@/lib/survey/config";
import { structure } from "@/lib/survey/engine/structure";
import { toVersionDef } from "@/lib/survey/version/load";
import { def, insertResponse, other, versions } from "./analysis-fixtures";
import { query, resetDb } from "./db";

/**
 * "Vergelijk op" on the real database: the per-group statistics come from the SQL, the tests
 * from them; R (prop.test, t.test, chisq.test, pairwise.*, p.adjust) gets the same respondents as a
 * CSV written from the generator below, not from the database, so it checks the SQL's bases too.
 * Skipped only outside CI when Rscript is missing.
 */
const hasR = (() => {
  try {
    execFileSync("sh", ["-c", "command -v Rscript"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();
const mustRunR = hasR || Boolean(process.env.CI);

const s = structure(toVersionDef(def));
const dimensions = surveyConfig(def.slug).dimensions;
const SECTORS = ["po", "vo", "mbo", "hbo", "wo"];
const GROUP: Record<string, string> = { po: "po_vo", vo: "po_vo", mbo: "mbo", hbo: "ho", wo: "ho" };
const FUNCTIONS = ["leerkracht", "docent", "docent", "coordinator", "stagebegeleider", "teamleider"];

/** A small deterministic generator (LCG), so the data and R's answers never change. */
function random(seed: number) {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

type TPerson = {
  wave: "2020" | "2023"; flow: "choice" | "sequential"; sector: string; fn: string; part: "p1" | "p2"; activity: string;
  isFinished: boolean; taal?: number; other: string[]; open?: number;
};

function people(): TPerson[] {
  const rnd = random(12);
  const out: TPerson[] = [];
  for (let i = 0; i < 95; i++) {
    const sector = SECTORS[Math.floor(rnd() * 5)];
    const wave = rnd() < 0.3 ? "2020" : "2023";
    const flow = wave === "2020" || rnd() < 0.4 ? "sequential" : "choice";
    const activity = i % 3 === 0 ? "online" : "stage";
    const shift = { po_vo: 0, mbo: 1, ho: 2 }[GROUP[sector] as "po_vo" | "mbo" | "ho"];
    const other = [
      ...(rnd() < (wave === "2020" ? 0.25 : 0.55) ? ["excursie"] : []),
      ...(activity !== "stage" && rnd() < 0.2 + 0.25 * shift ? ["stage"] : []),
      ...(rnd() < 0.3 ? ["gastspreker"] : []),
    ];
    out.push({
      wave, flow, sector, fn: FUNCTIONS[Math.floor(rnd() * FUNCTIONS.length)], part: "p1", activity, isFinished: i < 90,
      taal: activity === "stage" ? Math.min(10, Math.floor(rnd() * 7) + shift + (flow === "choice" ? 1 : 0)) : undefined,
      other: other.length ? other : ["geen"],
    });
  }
  for (let i = 0; i < 40; i++) {
    const sector = SECTORS[Math.floor(rnd() * 5)];
    const flow = rnd() < 0.5 ? "sequential" : "choice";
    out.push({
      wave: "2023", flow, sector, fn: FUNCTIONS[Math.floor(rnd() * FUNCTIONS.length)], part: "p2", activity: "congres", isFinished: true,
      open: Math.floor(rnd() * 5) + (flow === "choice" && rnd() < 0.5 ? 1 : 0) - (rnd() < 0.15 ? 5 : 0), other: [],
    });
  }
  return out.map((p) => ({ ...p, open: p.open === undefined ? undefined : Math.max(0, Math.min(4, p.open)) }));
}

const data = people();
let db: pg.Pool;
let surveyId: string;

beforeAll(async () => {
  await resetDb();
  db = new pg.Pool({ connectionString: process.env.DATABASE_URL });
  const v = await versions();
  surveyId = v.surveyId;
  for (const [k, p] of data.entries()) {
    const isP1 = p.part === "p1";
    await insertResponse(v, {
      wave: p.wave, flow: p.flow, sector: p.sector, fn: p.fn, partChoice: p.flow === "choice" ? p.part : null,
      ...(isP1 ? { p1: p.activity, p1Done: p.isFinished } : { p2: p.activity, p2Done: p.isFinished }),
      isFinished: p.isFinished, currentPage: p.isFinished ? "done" : "p1_other", k,
      answers: {
        ...(p.taal !== undefined ? { p1_factor_stage_taal: p.taal } : {}),
        ...(p.open !== undefined ? { p2_dev_open_minded: p.open } : {}),
        ...(isP1 ? other("p1", p.other) : {}),
      },
    });
  }
}, 300_000);

afterAll(async () => {
  await db?.end();
});

const compare = (vraag: string, vergelijk: string, q: Record<string, string> = {}) =>
  computeComparison(db, { id: surveyId, structure: s, dimensions }, parseFilters(q), { vraag, vergelijk });

const byFlow = (p: TPerson) => p.flow;
const bySector = (p: TPerson) => GROUP[p.sector];
const finishedP1 = data.filter((p) => p.part === "p1" && p.isFinished);

/** The cases, each with the rows R gets: group and value, from the generator. */
const CASES: { id: string; vraag: string; vergelijk: string; rows: [string, string | number][] }[] = [
  { id: "mean2-taal-flow", vraag: "p1_factor_stage_taal", vergelijk: "flow_mode", rows: finishedP1.filter((p) => p.taal !== undefined).map((p) => [byFlow(p), p.taal!]) },
  { id: "mean3-taal-sector", vraag: "p1_factor_stage_taal", vergelijk: "sector_group", rows: finishedP1.filter((p) => p.taal !== undefined).map((p) => [bySector(p), p.taal!]) },
  // 0 = "niet van toepassing": no score.
  { id: "mean2-open-flow", vraag: "p2_dev_open_minded", vergelijk: "flow_mode", rows: data.filter((p) => p.open).map((p) => [byFlow(p), p.open!]) },
  { id: "share2-excursie-wave", vraag: "p1_other_excursie", vergelijk: "wave", rows: finishedP1.map((p) => [p.wave, Number(p.other.includes("excursie"))]) },
  // Offered only to whoever did not report on a stage: those are the base.
  { id: "share3-stage-sector", vraag: "p1_other_stage", vergelijk: "sector_group", rows: finishedP1.filter((p) => p.activity !== "stage").map((p) => [bySector(p), Number(p.other.includes("stage"))]) },
  { id: "cat3-function-sector", vraag: "bg_function", vergelijk: "sector_group", rows: data.filter((p) => p.isFinished).map((p) => [bySector(p), p.fn]) },
];

type TRLine = string[];
function runR(): Map<string, TRLine[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "compare-r-"));
  for (const c of CASES) writeFileSync(path.join(dir, `${c.id}.csv`), `g,v\n${c.rows.map(([g, v]) => `${g},${v}`).join("\n")}\n`);
  const stdout = execFileSync("Rscript", [path.resolve("tests/integration/compare.r"), dir], { env: { ...process.env, LC_ALL: "C.UTF-8" } }).toString("utf8");
  const byCase = new Map<string, TRLine[]>();
  for (const line of stdout.trim().split("\n")) {
    const [id, ...rest] = line.trim().split(/\s+/);
    byCase.set(id, [...(byCase.get(id) ?? []), rest]);
  }
  return byCase;
}

const close = (ours: number | null | undefined, r: string, tol = 1e-9) => {
  expect(ours).not.toBeNull();
  expect(Math.abs(ours! - Number(r))).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(Number(r))));
};

/** Ours next to R's, printed for the record. */
const report: string[] = [];

function checkAgainstR(c: (typeof CASES)[number], ours: TComparison, lines: TRLine[]) {
  for (const [what, ...f] of lines) {
    if (what === "group") {
      const g = ours.groups.find((x) => x.key === f[0])!;
      expect(g.n, `${c.id} ${f[0]} N`).toBe(Number(f[1]));
      close(g.value, f[2]);
      if (f[3] !== "NA") {
        close(g.ci?.[0], f[3]);
        close(g.ci?.[1], f[4]);
      }
    } else if (what === "test") {
      const t = ours.test!.outcome;
      if (!isRun(t)) throw new Error(`${c.id}: ${t.skipped}`);
      // z² is R's X-squared for two shares; t's sign follows the group order, which both sort.
      const statistic = ours.test!.statistic === "z" ? t.statistic ** 2 : t.statistic;
      close(Math.abs(statistic), String(Math.abs(Number(f[0]))));
      // F has two degrees of freedom: statistic, df1, df2, p.
      const rp = ours.test!.statistic === "F" ? f[3] : f[2];
      if (ours.test!.statistic !== "z") close(t.df, f[1]);
      if (ours.test!.statistic === "F") close(t.df2, f[2]);
      close(t.p, rp);
      report.push(`${c.id}: ${ours.test!.statistic === "z" ? "z²" : ours.test!.statistic} ${statistic.toFixed(6)} p ours ${t.p.toPrecision(10)} R ${Number(rp).toPrecision(10)}`);
    } else if (what === "pair") {
      const pair = ours.pairwise!.pairs.find((p) => (p.a === f[0] && p.b === f[1]) || (p.a === f[1] && p.b === f[0]))!;
      close(pair.pAdjusted, f[2]);
      report.push(`${c.id}: ${f[0]}–${f[1]} Holm p ours ${pair.pAdjusted!.toPrecision(10)} R ${Number(f[2]).toPrecision(10)}`);
    } else if (what === "yates") {
      report.push(`${c.id}: (R with Yates, not shown: X² ${Number(f[0]).toFixed(4)}, p ${Number(f[2]).toPrecision(6)})`);
    }
  }
}

describe("compare by: SQL statistics and tests agree with R on the same data", () => {
  it.skipIf(!mustRunR)("every case", async () => {
    const r = runR();
    for (const c of CASES) {
      const ours = await compare(c.vraag, c.vergelijk);
      const lines = r.get(c.id);
      expect(lines, c.id).toBeDefined();
      checkAgainstR(c, ours, lines!);
    }
    console.info(report.join("\n"));
  });
});

describe("compare by: bases, groups and edge cases", () => {
  it("leaves out partial responses by default and counts them with includePartial", async () => {
    const ours = await compare("p1_factor_stage_taal", "flow_mode");
    const expected = finishedP1.filter((p) => p.taal !== undefined).length;
    expect(ours.groups.reduce((a, g) => a + g.n, 0)).toBe(expected);
    const partial = data.filter((p) => p.part === "p1" && !p.isFinished && p.taal !== undefined).length;
    expect(partial).toBeGreaterThan(0);
    const all = await compare("p1_factor_stage_taal", "flow_mode", { includePartial: "true" });
    expect(all.groups.reduce((a, g) => a + g.n, 0)).toBe(expected + partial);
  });

  it("shows a group without respondents and tests only the others", async () => {
    // Part-2 scores by part-1 activity: every scorer is ungrouped (no part-1 activity).
    const none = await compare("p2_dev_open_minded", "p1_activity");
    expect(none.groups.every((g) => g.n === 0 && g.value === null && g.ci === null)).toBe(true);
    expect(none.ungrouped).toBe(data.filter((p) => p.open).length);
    expect(none.test).toBeNull();
    expect(none.pairwise).toBeNull();
    // Sector groups filtered to one: that group alone, no test.
    const one = await compare("p1_other_excursie", "sector_group", { sectorGroup: "mbo" });
    expect(one.groups.filter((g) => g.n > 0).map((g) => g.key)).toEqual(["mbo"]);
    expect(one.groups.map((g) => g.key)).toEqual(["po_vo", "mbo", "ho"]);
    expect(one.test).toBeNull();
  });

  it("compares by definition version: one group per version found, labelled", async () => {
    const c = await compare("p1_other_excursie", "version");
    expect(c.groups.map((g) => g.label)).toEqual(["Versie 1", "Versie 2", "Versie 3"]);
    expect(c.groups.reduce((a, g) => a + g.n, 0)).toBe(finishedP1.length);
    expect(c.groups[2].n).toBe(finishedP1.filter((p) => p.wave === "2020").length); // the imported wave's own version
    expect(c.pairwise?.pairs).toHaveLength(3);
  });

  it("warns about small groups and small expected counts", async () => {
    const cat = await compare("bg_function", "sector_group");
    expect(cat.categories!.map((c) => c.code)).toContain("teamleider");
    expect(cat.warnings.join(" ")).toMatch(/verwachte aantallen zijn kleiner dan 5/);
    const shares = await compare("p1_other_stage", "sector_group");
    expect(shares.warnings.join(" ")).toMatch(/Kleine groep \(N < 30\)/);
    expect(shares.pairwise?.correction).toBe("Holm");
  });
});

describe("compare by: through the figure cache", () => {
  it("is stored once per watermark and read back with the same shape", async () => {
    const survey = (await getSurveyContext(def.slug))!;
    const params = { vraag: "p1_other_excursie", vergelijk: "wave" };
    const first = await getComparison(survey, parseFilters({}), params);
    const again = await getComparison(survey, parseFilters({}), params);
    expect(again).toEqual(first);
    expect(first.groups.map((g) => g.key)).toEqual(["2020", "2023"]);
    const stored = await query<{ n: number }>(`SELECT count(*)::int AS n FROM figure_cache WHERE survey_id = $1`, [surveyId]);
    expect(stored[0].n).toBe(1);
  });
});
