import { describe, expect, it } from "vitest";
import type { TFunnelRow } from "@/lib/analysis/monitoring";
import { shapeFunnels, type TFunnelArm } from "@/lib/analysis/shape-funnels";
import { routePages, routes } from "@/lib/survey/engine/routes";
import { surveyVersion, nuffic } from "../support/surveys";

/**
 * Funnel shaping from "how far each response got" rows, with the numbers that misled in the
 * choice-mode funnel: respondents of part 2 counted as lost at part 1's first page, counts rising
 * at the raffle, the extra part listed before the raffle, and finished respondents who closed
 * the window on the raffle page missing from the last step.
 */
const choice = nuffic(1);
const sequential = nuffic(2);
const versions = [{ version: 1, def: choice }, { version: 2, def: sequential }];

function row(def: typeof choice, version: number, route: string, page: string, n: number, isFinished: boolean): TFunnelRow {
  const r = routes(def).find((x) => x.key === route)!;
  const pos = routePages(r).indexOf(page) + 1;
  if (pos === 0) throw new Error(`${page} is not on route ${route}`);
  const [chosen, extra] = route.split("|");
  return { flow_mode: def.parts!.mode, version, split: null, chosen, extra, is_finished: isFinished, pos, n };
}
const c = (route: string, page: string, n: number, isFinished = false) => row(choice, 1, route, page, n, isFinished);
const rows: TFunnelRow[] = [
  c("|", "bg", 10), c("|", "choice", 5),
  c("p1|", "p1_activity", 8), c("p1|", "p1_dev", 2),
  c("p1|", "raffle", 30, true), c("p1|", "done", 15, true), c("p1|p2", "p2_other", 3, true),
  c("p2|", "p2_dev", 4),
  c("p2|", "raffle", 9, true), c("p2|", "done", 11, true), c("p2|p1", "p1_factors", 2, true), c("p2|p1", "p1_other", 3, true),
  row(sequential, 2, "|", "p1_dev", 10, false), row(sequential, 2, "|", "raffle", 7, true), row(sequential, 2, "|", "done", 17, true),
];

const arm = (key: string) => shapeFunnels(rows, versions).arms.find((a) => a.key === key)!;
const section = (a: TFunnelArm, key: string) => a.sections.find((s) => s.key === key)!;
const table = (a: TFunnelArm, key: string) => section(a, key).steps.map((s) => [s.key, s.reached, s.left]);

describe("funnels per route", () => {
  it("choice mode: a shared start, then each chosen part its own path with only its pages", () => {
    const a = arm("choice");
    expect([a.started, a.finished]).toEqual([102, 73]);
    expect(table(a, "start")).toEqual([["welcome", 102, 0], ["bg", 102, 10], ["choice", 92, 5]]);
    expect(section(a, "path:p1").base).toBe(58);
    expect(table(a, "path:p1")).toEqual([
      ["p1_activity", 58, 8], ["p1_factors", 50, 0], ["p1_dev", 50, 2], ["p1_top5", 48, 0], ["p1_other", 48, 0], ["finished", 48, null],
    ]);
    expect(section(a, "path:p2").steps.map((s) => s.key)).toEqual(["p2_activity", "p2_dev", "p2_top5", "p2_other", "finished"]);
    expect(section(a, "path:p2").steps[0]).toMatchObject({ reached: 29, left: 0, basePct: 100 });
  });

  it("the last step of a path is the finished count, labelled Afgerond, and the arm's finished equals the totals' definition", () => {
    const a = arm("choice");
    const last = (key: string) => section(a, key).steps.at(-1)!;
    expect(last("path:p1")).toMatchObject({ key: "finished", label: "Afgerond", reached: 48, left: null, isFinish: true });
    expect(last("path:p2")).toMatchObject({ label: "Afgerond", reached: 25 });
    expect(last("path:p1").reached + last("path:p2").reached).toBe(a.finished);
    const seq = arm("sequential");
    expect(section(seq, "path").steps.at(-1)).toMatchObject({ label: "Afgerond", reached: 24 });
    expect(seq.finished).toBe(24);
    // The end page is reached by fewer than finished: those who closed the window on the raffle page.
    expect(table(seq, "after")).toEqual([["raffle", 24, 7], ["done", 17, 17]]);
  });

  it("counts never rise within a section", () => {
    for (const a of shapeFunnels(rows, versions).arms) {
      for (const s of a.sections) {
        const reached = s.steps.map((x) => x.reached);
        expect(reached, `${a.key} ${s.key}`).toEqual([...reached].sort((x, y) => y - x));
        expect(reached[0], `${a.key} ${s.key}`).toBeLessThanOrEqual(s.base);
      }
    }
  });

  it("after finishing: raffle and end page, then the extra part as its own section", () => {
    const a = arm("choice");
    expect(a.sections.map((s) => s.key)).toEqual(["start", "path:p1", "after:p1", "extra:p1:p2", "path:p2", "after:p2", "extra:p2:p1"]);
    expect(table(a, "after:p1")).toEqual([["raffle", 48, 30], ["done", 18, 15]]);
    expect(section(a, "extra:p1:p2")).toMatchObject({ base: 3, title: "Extra deel na afronding: Deel 2: onderwijsprofessionals" });
    expect(table(a, "extra:p2:p1")).toEqual([["p1_activity", 5, 0], ["p1_factors", 5, 2], ["p1_dev", 3, 0], ["p1_top5", 3, 0], ["p1_other", 3, 3]]);
  });

  it("dropout per page: left here of reached", () => {
    const p1 = section(arm("choice"), "path:p1");
    expect(p1.steps[0]).toMatchObject({ dropoutPct: 13.8, basePct: 100 }); // 8 of 58
    expect(p1.steps.at(-1)).toMatchObject({ dropoutPct: null, basePct: 82.8 }); // 48 of 58 finished
  });

  it("splits: one arm per flow mode and split value", () => {
    const split = rows.map((r, i) => ({ ...r, split: i % 2 ? "linkedin" : null }));
    const f = shapeFunnels(split, versions, (code) => (code === null ? "(geen bron)" : `Bron: ${code}`), true);
    expect(f.arms.map((a) => a.label)).toEqual([
      "(geen bron) · Keuze (een deel naar keuze)", "(geen bron) · Opeenvolgend (alle delen)",
      "Bron: linkedin · Keuze (een deel naar keuze)", "Bron: linkedin · Opeenvolgend (alle delen)",
    ]);
    expect(f.arms.reduce((n, a) => n + a.started, 0)).toBe(136);
  });

  it("a survey whose choice page follows questions and whose closing page has a condition", () => {
    const def = surveyVersion("voorbeeld-alle-elementen");
    const r = (route: string, page: string, n: number, isFinished: boolean) => row(def, 1, route, page, n, isFinished);
    const a = shapeFunnels([r("a|", "afsluiting", 2, true), r("b|", "volgorde", 1, false), r("|", "stellingen", 1, false)], [{ version: 1, def }]).arms[0];
    expect(table(a, "path:a").at(-1)).toEqual(["finished", 2, null]);
    expect(table(a, "start").map((x) => x[0])).toEqual(["welkom", "over_jou", "onderwerp_kiezen", "stellingen", "choice"]);
    expect(table(a, "after:a")).toEqual([["afsluiting", 2, 2], ["done", 0, 0]]);
  });
});
