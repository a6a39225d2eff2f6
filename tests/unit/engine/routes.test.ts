import { describe, expect, it } from "vitest";
import { surveyConfigs, surveyVersions } from "@/lib/survey/config";
import { path } from "@/lib/survey/engine/flow";
import { routePages, routes } from "@/lib/survey/engine/routes";
import { structure } from "@/lib/survey/engine/structure";

const versions = surveyConfigs().flatMap((f) => surveyVersions(f.folder, f.config));

describe("routes: every way through a version, for funnels", () => {
  it.each(versions.map((def) => [`${def.slug} v${def.version}`, def] as const))("%s: each route holds the flow engine's path in reach order", (_, def) => {
    const s = structure(def);
    const rs = routes(def);
    expect(new Set(rs.map((r) => r.key)).size).toBe(rs.length);
    for (const r of rs) {
      const vars = def.parts?.mode === "choice" ? { [def.parts.choice.variable]: r.chosen ?? "", [def.parts.extra.variable]: r.extra ?? "" } : {};
      const answers = Object.fromEntries(Object.entries(vars).filter(([, v]) => v !== ""));
      const onPath = path(def, answers);
      const pages = routePages(r);
      // The engine lists an extra part before the end page; respondents reach the end page first.
      const inReachOrder = [...onPath.filter((p) => p !== s.endPage.id || !r.canFinish), ...(r.canFinish ? [s.endPage.id] : [])];
      const byRoute = pages.filter((p) => onPath.includes(p));
      expect(r.extra ? byRoute.filter((p) => !r.extraPages.includes(p)) : byRoute).toEqual(
        (r.extra ? inReachOrder.filter((p) => !r.extraPages.includes(p)) : inReachOrder).filter((p) => pages.includes(p)),
      );
      expect(r.extraPages.every((p) => s.page(p)?.part === r.extra)).toBe(true);
      if (r.extraPages.length) expect(pages.slice(-r.extraPages.length)).toEqual(r.extraPages);
    }
  });

  it("choice mode: a route per chosen part with only that part's pages before finishing; extra parts after the end page", () => {
    const def = versions.find((d) => d.slug === "internationale-competenties" && d.parts?.mode === "choice")!;
    const r = routes(def);
    expect(r.map((x) => x.key)).toEqual(["|", "p1|", "p1|p2", "p2|", "p2|p1"]);
    const p1 = r.find((x) => x.key === "p1|p2")!;
    expect(p1.toFinish).toEqual(["welcome", "bg", "choice", "p1_activity", "p1_factors", "p1_dev", "p1_top5", "p1_other"]);
    expect(p1.afterFinish).toEqual(["raffle", "done"]);
    expect(p1.extraPages).toEqual(["p2_activity", "p2_dev", "p2_top5", "p2_other"]);
    expect(r[0]).toMatchObject({ toFinish: ["welcome", "bg", "choice"], canFinish: false });
  });

  it("sequential mode and the example survey", () => {
    const seq = routes(versions.find((d) => d.slug === "internationale-competenties" && d.parts?.mode === "sequential")!);
    expect(seq).toHaveLength(1);
    expect(seq[0].toFinish.slice(-2)).toEqual(["p2_top5", "p2_other"]);
    expect(seq[0].afterFinish).toEqual(["raffle", "done"]);
    const example = routes(versions.find((d) => d.slug === "voorbeeld-alle-elementen")!);
    expect(example.find((x) => x.key === "a|b")).toMatchObject({ toFinish: ["welkom", "over_jou", "onderwerp_kiezen", "stellingen", "choice", "vaardigheden"], extraPages: ["volgorde"] });
  });
});
