import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { pool } from "@/lib/db/client";
import { ResponseError } from "@/lib/responses/errors";
import { getFieldwork, setFieldwork } from "@/lib/survey/fieldwork-service";
import { query, resetDb } from "./db";
import { respondent, SLUG } from "./export-fixture";

/**
 * The fieldwork window on the real save path: a closed survey refuses a new respondent's first
 * save (nothing stored), while a respondent who started before the closing finishes.
 */
const count = async () => (await query<{ n: number }>(`SELECT count(*)::int AS n FROM response`))[0].n;
const refusal = async (save: Promise<unknown>) => {
  const error = await save.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(ResponseError);
  return error as ResponseError;
};

beforeEach(async () => {
  await resetDb();
});

afterAll(() => pool().end());

describe("the fieldwork window", () => {
  it("closed by hand: a new respondent is refused with the closed message, a started one finishes", async () => {
    const started = respondent();
    await started.save("welcome", { consent: true });
    await setFieldwork(SLUG, { mode: "closed", opensAt: "", closesAt: "", responseLimit: "" });

    const e = await refusal(respondent().save("welcome", { consent: true }));
    expect(e.status).toBe(403);
    expect(e.message).toBe("Deze vragenlijst is gesloten. Bedankt voor je belangstelling!");
    expect(await count()).toBe(1);

    await started.save("bg", { bg_function: "docent", bg_province: "utrecht", bg_sector: "mbo" });
    expect((await query<{ current_page: string }>(`SELECT current_page FROM response`))[0].current_page).toBe("choice");

    await setFieldwork(SLUG, { mode: "open", opensAt: "", closesAt: "2020-01-01T00:00", responseLimit: "" });
    await respondent().save("welcome", { consent: true });
    expect(await count()).toBe(2);
  });

  it("by date: not yet open, then closed once the closing moment (survey zone) has passed", async () => {
    await setFieldwork(SLUG, { mode: "auto", opensAt: "2099-01-01T09:00", closesAt: "", responseLimit: "" });
    expect((await refusal(respondent().save("welcome", { consent: true }))).message).toMatch(/^Deze vragenlijst is nog niet geopend\. Je kunt meedoen vanaf 1 jan 2099, 09:00\.$/);
    // Stored as a moment: 09:00 in Amsterdam (winter) is 08:00 UTC.
    expect((await getFieldwork({ slug: SLUG }))!.settings.opensAt!.toISOString()).toBe("2099-01-01T08:00:00.000Z");

    await setFieldwork(SLUG, { mode: "auto", opensAt: "2020-01-01T09:00", closesAt: "2021-01-01T09:00", responseLimit: "" });
    expect((await refusal(respondent().save("welcome", { consent: true }))).message).toBe("Deze vragenlijst is gesloten. Bedankt voor je belangstelling!");
    expect(await count()).toBe(0);
  });

  it("by a response limit of started live responses (imported ones do not count)", async () => {
    await setFieldwork(SLUG, { mode: "auto", opensAt: "", closesAt: "", responseLimit: 2 });
    await respondent().save("welcome", { consent: true });
    await respondent().save("welcome", { consent: true });
    const e = await refusal(respondent().save("welcome", { consent: true }));
    expect(e.message).toMatch(/het gewenste aantal deelnemers is bereikt/);
    expect(await count()).toBe(2);
    const fw = (await getFieldwork({ slug: SLUG }))!;
    expect(fw).toMatchObject({ started: 2, state: { isOpen: false, reason: "full", limit: 2 } });
  });

  it("the database refuses a mode or limit the form would not let through", async () => {
    await expect(query(`UPDATE survey SET fieldwork_mode = 'half-open' WHERE slug = $1`, [SLUG])).rejects.toThrow(/survey_fieldwork_mode_check/);
    await expect(query(`UPDATE survey SET response_limit = 0 WHERE slug = $1`, [SLUG])).rejects.toThrow(/survey_response_limit_check/);
  });
});
