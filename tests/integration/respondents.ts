import { randomBytes, randomUUID } from "node:crypto";
import { ResponseError } from "@/lib/responses/errors";
import { savePage } from "@/lib/responses/service";

/** A respondent that saves pages through the service, as the survey's browser code does. */
export const SLUG = "internationale-competenties";
export const five = ["open_minded", "zelfstandigheid", "zelfvertrouwen", "flexibiliteit", "creativiteit"];

export function respondent(slug = SLUG) {
  const id = randomUUID();
  const secret = randomBytes(24).toString("base64url");
  let seq = 0;
  return {
    id,
    secret,
    save: (page: string, values: Record<string, unknown>, extra: { seq?: number; source?: string; ip?: string } = {}) =>
      savePage(slug, id, { secret, seq: extra.seq ?? ++seq, page, durationMs: 1500, values, source: extra.source }, extra.ip ?? "203.0.113.7"),
  };
}
export type TRespondent = ReturnType<typeof respondent>;

export async function statusOf(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 200;
  } catch (e) {
    if (e instanceof ResponseError) return e.status;
    throw e;
  }
}

/** Welcome to the end of part 1 (choice mode); the next page is the raffle. */
export async function part1(r: TRespondent) {
  await r.save("welcome", { consent: true }, { source: "linkedin" });
  await r.save("bg", { bg_function: "anders", bg_function_other: "Docent én coördinator", bg_province: "fryslan", bg_sector: "mbo" });
  await r.save("choice", { part_choice: "p1" });
  await r.save("p1_activity", { p1_activity: "stage" });
  await r.save("p1_factors", { p1_factor_stage_taal: 8, p1_factor_stage_duur: 0, p1_factor_stage_alleen: null });
  await r.save("p1_dev", { p1_dev_open_minded: 5, p1_dev_zelfstandigheid: 4 });
  await r.save("p1_top5", { p1_top5: five });
  return r.save("p1_other", { p1_other: ["excursie", "anders"], p1_other_text: "Buddy's uit het buitenland" });
}
