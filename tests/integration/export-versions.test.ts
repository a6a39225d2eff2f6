import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { TVersionDef } from "@/lib/survey/version/schema";
import { query, resetDb } from "./db";
import { download, finishedPart1, SLUG, wideRecords } from "./export-fixture";
import { nuffic } from "../support/surveys";

/**
 * Versions merged by variable name: a 2020 version in the general model that lacks an option the
 * current version has (as an import in the file's own wording creates it). Its respondents export
 * that option as empty (system missing), never 0, and whether an option was shown is decided by
 * the respondent's own version.
 */
let old: { id: string };
let current: { id: string };

function version2020(): TVersionDef {
  const def = nuffic(1);
  const pages = def.pages.map((p) => ({
    ...p,
    elements: p.elements.map((el) => {
      if (el.id === "p1_activity" && el.type === "single") {
        return { ...el, options: el.options!.map((o) => (o.code === "stage" ? { ...o, label: "Stage (buitenland)" } : o)) };
      }
      if (el.id !== "p1_other" || el.type !== "multi") return el;
      // 2020 had no "excursie" option, and offered "stage" whatever the activity.
      const options = el.options!.filter((o) => o.code !== "excursie").map((o) => (o.code === "stage" ? { ...o, showIf: undefined } : o));
      return { ...el, text: "Welke andere activiteiten organiseerde je in 2019?", options };
    }),
  }));
  return { ...def, version: 3, wave: "2020", pages };
}

async function insertVersion(def: TVersionDef): Promise<string> {
  const [row] = await query<{ id: string }>(
    `INSERT INTO survey_version (id, survey_id, version, definition, flow_mode, wave, is_active, is_imported)
     SELECT $1, id, $2, $3::jsonb, 'choice', $4, false, true FROM survey WHERE slug = $5 RETURNING id`,
    [randomUUID(), def.version, JSON.stringify(def), def.wave, SLUG],
  );
  return row.id;
}

/** A finished 2020 response (stage; other activities: gastspreker), stored as an import stores it. */
async function insertResponse(versionId: string): Promise<string> {
  const id = randomUUID();
  await query(
    `INSERT INTO response (id, survey_id, version_id, secret_hash, flow_mode, wave, display_order, current_page,
       started_at, updated_at, finished_at, is_imported, external_id, parts_finished, dims)
     SELECT $1, survey_id, id, 'x', 'choice', '2020', '{}'::jsonb, 'done',
       '2020-02-01 10:00', '2020-02-01 10:20', '2020-02-01 10:20', true, 'sm-1', '{"p1": "2020-02-01T10:20:00Z"}'::jsonb,
       '{"p1_activity": "stage", "part_choice": "p1"}'::jsonb
     FROM survey_version WHERE id = $2`,
    [id, versionId],
  );
  const answers: [string, string, number | null, string | null][] = [
    ["consent", "welcome", 1, null], ["part_choice", "choice", null, "p1"], ["p1_activity", "p1_activity", null, "stage"],
    ["p1_other_gastspreker", "p1_other", 1, null],
  ];
  for (const [variable, page, num, text] of answers) {
    await query(`INSERT INTO answer (response_id, variable, page_id, num, text) VALUES ($1, $2, $3, $4, $5)`, [id, variable, page, num, text]);
  }
  return id;
}

describe("exports over versions that differ", () => {
  beforeAll(async () => {
    await resetDb();
    current = await finishedPart1();
    old = { id: await insertResponse(await insertVersion(version2020())) };
  });

  it("an option the respondent's version did not have is empty, not 0", async () => {
    const rows = wideRecords((await download("csv-wide")).data.toString("utf8"));
    const byId = new Map(rows.map((r) => [r.response_id, r]));
    expect(byId.get(old.id)).toMatchObject({
      wave: "2020", definition_version: "3", p1_activity: "1", p1_finished_at: "2020-02-01 11:20:00" /* 10:20 UTC in Amsterdam (CET) */,
      p1_other_gastspreker: "1", p1_other_online: "0", p1_other_geen: "0",
      p1_other_excursie: "", // not in the 2020 version
      p1_other_stage: "0", // shown in 2020 whatever the activity: the respondent's own version decides
      p2_other_geen: "", p1_order: "",
    });
    expect(byId.get(current.id)).toMatchObject({ p1_other_excursie: "1", p1_other_stage: "" });
  });

  it("the codebook says which versions word a variable differently or lack it", async () => {
    const book = JSON.parse((await download("codebook-json")).data.toString("utf8"));
    const variable = (name: string) => book.variables.find((v: { name: string }) => v.name === name);
    expect(variable("p1_other_excursie").versions).toEqual([{ version: 3, wave: "2020", absent: true }]);
    expect(variable("p1_other_geen").versions).toEqual([
      { version: 3, wave: "2020", question: "Welke andere activiteiten organiseerde je in 2019?" },
    ]);
    expect(variable("p1_activity").versions).toEqual([
      { version: 3, wave: "2020", valueLabels: [{ value: 1, label: "Stage (buitenland)", code: "stage" }] },
    ]);
    expect(variable("bg_sector").versions).toBeUndefined();
    const html = (await download("codebook-html")).data.toString("utf8");
    expect(html).toContain("versie 3 (meting 2020): niet in deze versie (leeg)");
    expect(html).toContain("vraag: Welke andere activiteiten organiseerde je in 2019?");
    expect(html).toContain("waardelabels: <code>1</code> Stage (buitenland)");
  });
});
