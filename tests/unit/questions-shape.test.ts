import { describe, expect, it } from "vitest";
import { tabQuery } from "@/components/dashboard/tab-query";
import { splitAnswersSearch, ZAnswersQuery } from "@/lib/analysis/questions/answers";
import { answersCsvHeader, answersCsvLines } from "@/lib/analysis/questions/csv";
import { mergeQuestionPages, openQuestions, questionPages, questionSpec, SUMMARY_KIND, type TQuestionSpec } from "@/lib/analysis/questions/kinds";
import { numberBins, scaleColumns, shapeQuestion, statsFromCounts } from "@/lib/analysis/questions/shape";
import type { TQuestionRow } from "@/lib/analysis/questions/sql";
import { ELEMENT_TYPES } from "@/lib/survey/elements/registry";
import { structure } from "@/lib/survey/engine/structure";
import { nuffic, surveyVersion } from "../support/surveys";

/** "Alle vragen": which element is summarised how, and the pure shaping of each kind's SQL rows. */
const example = structure(surveyVersion("voorbeeld-alle-elementen"));
const nufficS = structure(nuffic(1));
const spec = (s: typeof example, id: string): TQuestionSpec => questionSpec(s.elements.get(id)!.el, s)!;

const row = (kind: TQuestionRow["kind"], key: string | null, value: string | null, n: number, stat: Partial<TQuestionRow> = {}): TQuestionRow => ({
  kind, key, value, n, mean: null, sd: null, median: null, lo: null, hi: null, ...stat,
});

describe("every element type says how it is summarised", () => {
  it("has an entry per registered type; every question type but e-mail and consent is summarised", () => {
    expect(Object.keys(SUMMARY_KIND).sort()).toEqual(ELEMENT_TYPES.map((t) => t.type).sort());
    const unsummarised = ELEMENT_TYPES.filter((t) => t.isQuestion && SUMMARY_KIND[t.type] === null).map((t) => t.type).sort();
    expect(unsummarised).toEqual(["consent", "email"]);
  });

  it("lists every question of the example survey in order, one per element type it uses", () => {
    const ids = questionPages(example).flatMap((p) => p.questions.map((q) => `${q.id}:${q.kind}`));
    expect(ids).toEqual([
      "rol:choice", "regio:choice", "jaren:number", "school:text", "onderwerp:choice", "cijfer:scale", "stelling:scale", "algemeen:scale",
      "part_choice:choice", "nut:scale", "top:choices", "belang:ranking", "hulp:choices", "opmerking:text", "extra_part:choice",
    ]);
  });

  it("finds the open texts: text questions and the \"anders, namelijk\" texts of choice questions, never the e-mail", () => {
    expect(openQuestions(example).map((o) => o.variable)).toEqual(["rol_anders", "school", "hulp_anders_tekst", "opmerking"]);
    expect(openQuestions(nufficS).map((o) => o.variable)).toEqual(["bg_function_other", "p1_other_text", "p2_other_text"]);
  });

  it("knows the Nuffic grid, its top 5 and the statements per activity", () => {
    const grid = spec(nufficS, "p2_dev");
    expect(grid.kind).toBe("scale");
    expect(grid.items.length).toBe(39);
    expect(grid.scale?.missingValues).toEqual([0]);
    expect(spec(nufficS, "p1_top5")).toMatchObject({ kind: "choices", top: 5 });
    expect(spec(nufficS, "p1_top5").isAtMost).toBeUndefined();
    expect(spec(example, "top")).toMatchObject({ kind: "choices", top: 2, isAtMost: true });
    const factor = spec(nufficS, "p1_factor");
    expect(factor.items.every((i) => i.showIf)).toBe(true);
    expect(factor.earlierPages).toEqual(["p1_activity"]);
    expect(spec(nufficS, "p1_top5").earlierPages).toEqual(["p1_activity", "p1_factors", "p1_dev"]);
  });
});

describe("shaping per kind", () => {
  it("single choice: count and share of those who answered; skipped apart; the other text counted", () => {
    const q = shapeQuestion(spec(example, "rol"), [
      row("base", "page", null, 10), row("answered", null, null, 8),
      row("value", "rol", "docent", 6), row("value", "rol", "anders", 2), row("text", "rol_anders", null, 2),
    ]);
    expect(q).toMatchObject({ shown: 10, answered: 8, skipped: 2 });
    expect(q.options!.find((o) => o.code === "docent")).toMatchObject({ n: 6, pct: 75, base: 8 });
    expect(q.open).toEqual([expect.objectContaining({ variable: "rol_anders", n: 2 })]);
  });

  it("multiple choice: share of those offered each option (its own condition narrows the base)", () => {
    const s = spec(nufficS, "p1_other");
    const conditional = s.items.find((i) => i.showIf)!;
    const key = JSON.stringify(conditional.showIf);
    const q = shapeQuestion(s, [
      row("base", "page", null, 50), row("base", key, null, 38), row("answered", null, null, 50),
      row("value", conditional.variable, "1", 19), row("value", s.items[0].variable, "1", 5),
    ]);
    expect(q.options!.find((o) => o.code === conditional.code)).toMatchObject({ n: 19, base: 38, pct: 50 });
    expect(q.options![0]).toMatchObject({ n: 5, base: 50, pct: 10 });
  });

  it("ranking: share of respondents placing an option in the top 5, and its mean rank", () => {
    // Seven options: the top is 5 places, rank 6 and 7 are outside it.
    const s: TQuestionSpec = { ...spec(example, "belang"), top: 5 };
    const v = s.items[0].variable;
    const q = shapeQuestion(s, [
      row("base", "page", null, 4), row("answered", null, null, 4),
      row("value", v, "1", 1), row("value", v, "5", 1), row("value", v, "6", 1), row("value", v, "7", 1),
    ]);
    expect(q.top).toBe(5);
    expect(q.ranks![0]).toMatchObject({ n: 2, pct: 50, meanRank: 4.75, ranked: 4, base: 4 });
    expect(spec(example, "belang").top).toBe(Math.min(5, spec(example, "belang").items.length));
  });

  it("grid: per row the distribution, n.v.t. apart, skipped = shown − answered, and N, mean, SD, median without n.v.t.", () => {
    const s = spec(nufficS, "p2_dev");
    const v = s.items[0].variable;
    const q = shapeQuestion(s, [
      row("base", "page", null, 10), row("answered", null, null, 9),
      row("value", v, "0", 2), row("value", v, "3", 3), row("value", v, "4", 2),
    ]);
    const r = q.scale!.rows[0];
    expect(q.scale!.columns.map((c) => c.value)).toEqual([1, 2, 3, 4, 0]);
    expect(r).toMatchObject({ shown: 10, answered: 7, skipped: 3, n: 5, median: 3, min: 3, max: 4 });
    expect(r.mean).toBeCloseTo(3.4);
    expect(r.sd).toBeCloseTo(Math.sqrt(0.3));
    expect(r.counts.map((c) => c.n)).toEqual([0, 0, 3, 2, 2]);
    expect(r.counts[2].pct).toBeCloseTo(300 / 7);
    // A row nobody answered: all skipped, no percentages.
    expect(q.scale!.rows[1]).toMatchObject({ shown: 10, answered: 0, skipped: 10, n: 0, mean: null });
    expect(q.scale!.rows[1].counts.every((c) => c.pct === null)).toBe(true);
  });

  it("statements per activity: a statement's base is those who chose its activity", () => {
    const s = spec(nufficS, "p1_factor");
    const item = s.items[0];
    const q = shapeQuestion(s, [row("base", "page", null, 50), row("base", JSON.stringify(item.showIf), null, 14), row("value", item.variable, "7", 9)]);
    expect(q.scale!.rows[0]).toMatchObject({ shown: 14, answered: 9, skipped: 5 });
  });

  it("number: bins as the SQL cuts them, at most 10, the last one ending at the maximum", () => {
    expect(numberBins({ n: 3, mean: 1, sd: 1, median: 1, min: 0, max: 4 }, [{ value: "0", n: 1 }, { value: "4", n: 2 }]))
      .toEqual([0, 1, 2, 3, 4].map((v) => ({ from: v, to: v, n: v === 0 ? 1 : v === 4 ? 2 : 0 })));
    const wide = numberBins({ n: 2, mean: 1, sd: 1, median: 1, min: 1, max: 40 }, [{ value: "9", n: 2 }]);
    expect(wide.length).toBe(10);
    expect(wide[0]).toEqual({ from: 1, to: 4, n: 0 });
    expect(wide[9]).toEqual({ from: 37, to: 40, n: 2 });
    expect(numberBins({ n: 1, mean: 7, sd: null, median: 7, min: 7, max: 7 }, [{ value: "0", n: 1 }])).toEqual([{ from: 7, to: 7, n: 1 }]);
    const q = shapeQuestion(spec(example, "jaren"), [
      row("base", "page", null, 5), row("answered", null, null, 3),
      row("stat", "jaren", null, 3, { mean: 2, sd: 1, median: 2, lo: 1, hi: 3 }), row("bin", "jaren", "0", 1), row("bin", "jaren", "2", 2),
    ]);
    expect(q.number).toMatchObject({ n: 3, mean: 2, min: 1, max: 3, bins: [{ from: 1, to: 1, n: 1 }, { from: 2, to: 2, n: 0 }, { from: 3, to: 3, n: 2 }] });
    expect(q.skipped).toBe(2);
  });

  it("open text: answered is the number of texts; skipped the rest of who saw it", () => {
    const q = shapeQuestion(spec(example, "opmerking"), [row("base", "page", null, 7), row("answered", null, null, 3), row("text", "opmerking", null, 3)]);
    expect(q).toMatchObject({ shown: 7, answered: 3, skipped: 4, open: [expect.objectContaining({ variable: "opmerking", n: 3 })] });
  });

  it("N, mean, SD and median from a frequency table, as SQL's avg, stddev_samp and percentile_cont(0.5)", () => {
    const t = (pairs: [number, number][], missing?: number[]) => statsFromCounts(pairs.map(([value, n]) => ({ value: String(value), n })), missing);
    expect(t([])).toEqual({ n: 0, mean: null, sd: null, median: null, min: null, max: null });
    expect(t([[7, 1]])).toEqual({ n: 1, mean: 7, sd: null, median: 7, min: 7, max: 7 });
    // 1, 2, 2, 10: median between the two middle values.
    const s = t([[10, 1], [2, 2], [1, 1]]);
    expect([s.n, s.mean, s.median, s.min, s.max]).toEqual([4, 3.75, 2, 1, 10]);
    expect(s.sd).toBeCloseTo(Math.sqrt(((1 - 3.75) ** 2 + 2 * (2 - 3.75) ** 2 + (10 - 3.75) ** 2) / 3), 12);
    expect(t([[1, 1], [2, 1], [3, 1], [4, 1]]).median).toBe(2.5);
    expect(t([[0, 5], [3, 1]], [0])).toMatchObject({ n: 1, mean: 3, median: 3 });
  });

  it("scale columns: labelled values in order, missing codes last", () => {
    expect(scaleColumns({ id: "x", min: 0, max: 4, step: 1, labels: [{ value: 0, label: "n.v.t." }, { value: 4, label: "Veel" }], missingValues: [0] }))
      .toEqual([
        { value: 1, label: "1", isMissing: false }, { value: 2, label: "2", isMissing: false }, { value: 3, label: "3", isMissing: false },
        { value: 4, label: "4 Veel", isMissing: false }, { value: 0, label: "0 n.v.t.", isMissing: true },
      ]);
  });
});

describe("open answers: query, CSV and tabs", () => {
  it("parses the list's own parameters and keeps the rest as filters", () => {
    const { own, rest } = splitAnswersSearch({ q: " Reis ", pagina: "2", wave: "2023", vraag: ["p1_other_text"] });
    expect(rest).toEqual({ wave: "2023" });
    expect(ZAnswersQuery.parse(own)).toEqual({ vraag: "p1_other_text", q: "Reis", pagina: 2 });
    expect(ZAnswersQuery.safeParse({ vraag: "x'; DROP TABLE answer; --" }).success).toBe(false);
    expect(ZAnswersQuery.safeParse({ vraag: "opmerking", pagina: "0" }).error?.issues[0].message).toBe("pagina: vanaf 1.");
  });

  it("writes CSV as the exports do: BOM, commas, quotes, formulas defused, the response ID", () => {
    expect(answersCsvHeader()).toBe("\uFEFFresponse_id,wave,definition_version,answered_at,source,variable,answer\n");
    const lines = answersCsvLines("opmerking", [
      { responseId: "r1", wave: "2023", version: 1, at: "2023-03-01T10:00:00Z", source: null, text: 'Zei "hoi", <script>alert(1)</script>' },
      { responseId: "r2", wave: "2023", version: 2, at: "2023-03-02T10:00:00Z", source: "linkedin", text: "=HYPERLINK(\"x\")\nregel 2" },
    ]);
    expect(lines).toBe(
      'r1,2023,1,2023-03-01T10:00:00Z,,opmerking,"Zei ""hoi"", <script>alert(1)</script>"\n' +
        'r2,2023,2,2023-03-02T10:00:00Z,linkedin,opmerking,"\'=HYPERLINK(""x"")\nregel 2"\n',
    );
  });

  it("carries the filters to Alle vragen, never the results page's split and comparison or the answers' search", () => {
    const search = new URLSearchParams("wave=2023&sectorGroup=mbo&groupBy=wave&vergelijk=wave&vraag=bg_function&q=reis&pagina=3");
    expect(tabQuery("questions", search)).toBe("?wave=2023&sectorGroup=mbo");
    expect(tabQuery("monitoring", search)).toBe("?wave=2023&sectorGroup=mbo");
    expect(tabQuery("results", search)).toBe("?wave=2023&sectorGroup=mbo&groupBy=wave&vergelijk=wave&vraag=bg_function");
  });
});

describe("questions of several versions", () => {
  it("keeps the first version's order and adds what another version has besides (the choice page, the offer of the other part)", () => {
    const both = structure(nuffic(2));
    const merged = mergeQuestionPages([questionPages(both), questionPages(nufficS)]);
    const ids = merged.map((p) => `${p.id}:${p.questions.map((q) => `${q.id}@${q.source}`).join(",")}`);
    expect(ids).toEqual([
      "bg:bg_function@0,bg_province@0,bg_sector@0",
      "choice:part_choice@1",
      "p1_activity:p1_activity@0", "p1_factors:p1_factor@0", "p1_dev:p1_dev@0", "p1_top5:p1_top5@0", "p1_other:p1_other@0",
      "p2_activity:p2_activity@0", "p2_dev:p2_dev@0", "p2_top5:p2_top5@0", "p2_other:p2_other@0",
      "done:extra_part@1",
    ]);
  });

  it("adds a question another version has on a shared page at the end of that page", () => {
    const pages = questionPages(example);
    const fewer = pages.map((p) => ({ ...p, questions: p.questions.filter((q) => q.id !== "regio") }));
    const merged = mergeQuestionPages([fewer, pages]);
    expect(merged.find((p) => p.id === "over_jou")!.questions.map((q) => `${q.id}@${q.source}`)).toEqual(["rol@0", "jaren@0", "school@0", "regio@1"]);
  });
});
