import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { replay } from "@/lib/import/replay";
import { ResponseError } from "@/lib/responses/errors";
import { getResumeState, savePage } from "@/lib/responses/service";
import { answersAfterSave } from "@/lib/survey/client/session";
import type { TAnswers } from "@/lib/survey/elements/types";
import { context, pageElements, path } from "@/lib/survey/engine/flow";
import { shownOptions } from "@/lib/survey/elements/shared";
import type { TVersionDef } from "@/lib/survey/version/schema";
import { surveyVersion } from "../support/surveys";
import { query, resetDb } from "./db";

/**
 * One flow engine for the server's save, the browser and the import: random respondents who go
 * back and change steering answers are saved through the real save service, followed by the
 * browser's session code, and finally re-read through the import's replay. After every save the
 * browser's answers equal what the database holds; at the end the import stores the same.
 */
function prng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s / 0x100000000;
  };
}
type TRand = ReturnType<typeof prng>;
const pick = <T,>(rand: TRand, items: readonly T[]): T => items[Math.floor(rand() * items.length)];
const shuffle = <T,>(rand: TRand, items: readonly T[]) => [...items].sort(() => rand() - 0.5);

/** Values for a page as a respondent might send them: mostly valid, sometimes not. */
function randomValues(def: TVersionDef, page: string, answers: TAnswers, rand: TRand): Record<string, unknown> {
  const ctx = context(def, { answers });
  const out: Record<string, unknown> = {};
  for (const el of pageElements(def, page, { answers })) {
    if (el.type === "consent") out[el.id] = rand() < 0.95;
    if (el.type === "single") {
      const options = shownOptions(el, ctx);
      const o = pick(rand, options);
      out[el.id] = o.code;
      if (o.isOther && el.otherText) out[el.otherText] = rand() < 0.8 ? "iets anders" : "";
    }
    if (el.type === "multi") {
      const options = shownOptions(el, ctx).filter((o) => !o.isExclusive);
      const chosen = options.filter(() => rand() < 0.3).map((o) => o.code);
      out[el.id] = chosen.length ? chosen : [shownOptions(el, ctx).find((o) => o.isExclusive)?.code ?? options[0].code];
      if (el.otherText && chosen.some((c) => options.find((o) => o.code === c)?.isOther)) out[el.otherText] = "anders";
    }
    if (el.type === "pickn") out[el.id] = shuffle(rand, shownOptions(el, ctx).map((o) => o.code)).slice(0, rand() < 0.9 ? el.count : el.count - 1);
    if (el.type === "ranking") out[el.id] = shuffle(rand, shownOptions(el, ctx).map((o) => o.code));
    if (el.type === "slider") out[el.id] = rand() < 0.2 ? null : Math.round(ctx.scale(el.scale).min + rand() * (ctx.scale(el.scale).max - ctx.scale(el.scale).min));
    if (el.type === "sliders") {
      const set = el.items ?? el.itemsBy!.sets.find((s) => s.code === answers[el.itemsBy!.var])?.items ?? [];
      const prefix = el.items ? el.id : `${el.id}_${answers[el.itemsBy!.var]}`;
      for (const it of set) if (rand() < 0.7) out[`${prefix}_${it.id}`] = Math.round(rand() * ctx.scale(el.scale).max);
    }
    if (el.type === "grid") {
      const s = ctx.scale(el.scale);
      for (const o of ctx.options(el)) if (rand() < 0.6) out[`${el.id}_${o.code}`] = s.min + Math.floor(rand() * (s.max - s.min + 1));
    }
    if (el.type === "number") out[el.id] = Math.floor(rand() * 70);
    if (el.type === "text" && rand() < 0.7) out[el.id] = `tekst ${Math.floor(rand() * 100)}`;
    if (el.type === "email") out[el.id] = pick(rand, ["", "iemand@example.org"]);
  }
  return out;
}

async function stored(id: string): Promise<TAnswers> {
  const rows = await query<{ variable: string; num: number | null; text: string | null }>(`SELECT variable, num, text FROM answer WHERE response_id = $1`, [id]);
  return Object.fromEntries(rows.map((r) => [r.variable, (r.num ?? r.text)!]));
}

const SURVEYS: [slug: string, version: number][] = [["internationale-competenties", 1], ["internationale-competenties", 2], ["voorbeeld-alle-elementen", 1]];

describe("server, browser and import follow one flow engine", () => {
  beforeAll(resetDb);

  it.each(SURVEYS)("%s version %i: 15 random respondents who go back and change answers", async (slug, version) => {
    const def = surveyVersion(slug, version);
    let saves = 0;
    let steeringChanges = 0;
    for (let seed = 1; seed <= 15; seed++) {
      const rand = prng(seed * 104729 + version);
      const id = randomUUID();
      const secret = randomBytes(24).toString("base64url");
      let browser = { answers: {} as TAnswers, order: {} as Record<string, string[]> };
      let current = path(def, {})[0];
      for (let seq = 1; seq <= 25; seq++) {
        const pages = path(def, browser.answers);
        const at = pages.indexOf(current);
        const page = rand() < 0.75 ? current : pages[Math.floor(rand() * (at + 1))];
        const values = randomValues(def, page, browser.answers, rand);
        let result;
        try {
          result = await savePage(slug, id, { secret, seq, page, durationMs: 1000, values, version });
        } catch (e) {
          if (!(e instanceof ResponseError)) throw e;
          // The browser refuses the same values with the same schema before sending them.
          expect(() => answersAfterSave(def, browser, page, values)).toThrow();
          continue;
        }
        if (saves === 0 || Object.keys(browser.order).length === 0) browser = { ...browser, order: (await getResumeState(slug, id, secret)).displayOrder };
        const before = browser.answers;
        browser = { ...browser, answers: answersAfterSave(def, browser, page, values).answers };
        if (Object.keys(before).some((k) => before[k] !== undefined && browser.answers[k] === undefined && !(k in values))) steeringChanges++;
        expect(await stored(id)).toEqual(browser.answers);
        current = result.currentPage;
        saves++;
      }
      if (Object.keys(browser.answers).length === 0) continue;
      // An import of these answers (a file row) stores exactly the same.
      const imported = replay(def, browser.answers);
      expect(imported.problem, JSON.stringify(browser.answers)).toBeUndefined();
      expect(imported.answers).toEqual(browser.answers);
    }
    expect(saves).toBeGreaterThan(150);
    expect(steeringChanges).toBeGreaterThan(0);
  });
});
