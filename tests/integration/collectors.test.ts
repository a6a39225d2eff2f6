import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pool } from "@/lib/db/client";
import { ResponseError } from "@/lib/responses/errors";
import { reviewResponse } from "@/lib/responses/manage";
import { createCollector, listCollectors, setCollectorOpen } from "@/lib/survey/collector-service";
import { query, resetDb } from "./db";
import { finishedPart1, respondent, SLUG } from "./export-fixture";

/** Collectors on the real database: counts per link, a stopped link refusing new respondents only. */
let surveyId: string;

beforeAll(async () => {
  await resetDb();
  surveyId = (await query<{ id: string }>(`SELECT id FROM survey WHERE slug = $1`, [SLUG]))[0].id;
});

afterAll(() => pool().end());

describe("collectors", () => {
  it("count started and finished responses per link; a code is unique per survey", async () => {
    expect(await createCollector(surveyId, { name: "Nieuwsbrief", code: "nieuwsbrief" })).toEqual({ ok: true });
    expect(await createCollector(surveyId, { name: "LinkedIn", code: "linkedin" })).toEqual({ ok: true });
    expect(await createCollector(surveyId, { name: "Nog eens", code: "linkedin" })).toEqual({
      ok: false, field: "code", message: 'De code "linkedin" is al in gebruik voor deze vragenlijst.',
    });
    await finishedPart1(); // the fixture's first save carries ?bron=nieuwsbrief
    await respondent().save("welcome", { consent: true }, "nieuwsbrief");
    await respondent().save("welcome", { consent: true }, "elders");
    const rows = await listCollectors(surveyId);
    expect(rows.map(({ code, name, isOpen, started, finished }) => ({ code, name, isOpen, started, finished }))).toEqual([
      { code: "nieuwsbrief", name: "Nieuwsbrief", isOpen: true, started: 2, finished: 1 },
      { code: "linkedin", name: "LinkedIn", isOpen: true, started: 0, finished: 0 },
    ]);
  });

  it("a stopped link refuses a new respondent (nothing stored); other links and started respondents go on", async () => {
    const before = respondent();
    await before.save("welcome", { consent: true }, "linkedin");
    const [linkedin] = (await listCollectors(surveyId)).filter((c) => c.code === "linkedin");
    expect(await setCollectorOpen(surveyId, linkedin.id, false)).toBe(true);
    const count = async () => (await query<{ n: number }>(`SELECT count(*)::int AS n FROM response WHERE source = 'linkedin'`))[0].n;

    const error = await respondent().save("welcome", { consent: true }, "linkedin").then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error).toMatchObject({ status: 403, message: "Deze link is niet meer in gebruik. Bedankt voor je belangstelling!" });
    expect(await count()).toBe(1);

    await before.save("bg", { bg_function: "docent", bg_province: "utrecht", bg_sector: "mbo" });
    await respondent().save("welcome", { consent: true }, "nieuwsbrief");
    await respondent().save("welcome", { consent: true });
    expect(await setCollectorOpen(surveyId, "00000000-0000-0000-0000-000000000000", true)).toBe(false);
  });

  it("an excluded response no longer counts for its link, as in the figures", async () => {
    const count = async () => (await listCollectors(surveyId)).find((c) => c.code === "nieuwsbrief")!.started;
    const before = await count();
    const r = respondent();
    await r.save("welcome", { consent: true }, "nieuwsbrief");
    expect(await count()).toBe(before + 1);
    await reviewResponse(surveyId, { responseId: r.id, decision: "exclude", reason: "Dubbel ingevuld" }, null);
    expect(await count()).toBe(before);
  });
});
