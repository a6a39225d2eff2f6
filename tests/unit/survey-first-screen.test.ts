import { describe, expect, it } from "vitest";
import { estimatedTime, partStart } from "@/components/survey/builtIn";
import { firstPageView, previewText } from "@/components/survey/FirstPage";
import { surveyConfigs, surveyVersions } from "@/lib/survey/config";
import { path } from "@/lib/survey/engine/flow";

const folder = surveyConfigs().find((f) => f.config.slug === "internationale-competenties")!;
const versions = surveyVersions(folder.folder, folder.config);
const choice = versions.find((v) => v.parts?.mode === "choice")!;
const sequential = versions.find((v) => v.parts?.mode === "sequential")!;

describe("the first screen", () => {
  it("is the first page's texts and consent, with the title once and the time it takes", () => {
    const view = firstPageView(choice);
    expect(view.id).toBe("welcome");
    expect(view.title).toBe(choice.title);
    expect(view.surveyTitle).toBeUndefined();
    expect(view.estimate).toBe("Invullen duurt ongeveer 8 tot 10 minuten, afhankelijk van het deel dat je kiest.");
    expect(view.blocks.map((b) => b.kind)).toEqual(["info", "info", "consent"]);
    expect(view.blocks[1]).toMatchObject({ kind: "info", title: "Privacy" });
  });

  it("gives a link preview the start of the welcome text, cut at a word", () => {
    const text = previewText(firstPageView(choice))!;
    expect(text.startsWith("Met dit onderzoek brengen we in kaart")).toBe(true);
    expect(text.length).toBeLessThanOrEqual(201);
    expect(text.endsWith("…")).toBe(true);
    expect(text.at(-2)).not.toBe(" ");
  });
});

describe("time and parts from the version's parts", () => {
  it("adds parts up in a row and gives the range when the respondent chooses one", () => {
    expect(estimatedTime(sequential)).toBe("Invullen duurt ongeveer 18 minuten.");
    expect(estimatedTime(choice)).toMatch(/8 tot 10 minuten/);
    expect(estimatedTime({ ...choice, parts: undefined })).toBeUndefined();
  });

  it("introduces a part on its first page when parts run in a row, never in choice mode", () => {
    const pages = path(sequential, { p1_activity: "stage", p2_activity: "congres" });
    const starts = pages.map((p) => partStart(sequential, pages, p)).filter(Boolean);
    expect(starts.map((s) => [s!.number, s!.total, s!.part.id])).toEqual([[1, 2, "p1"], [2, 2, "p2"]]);
    expect(partStart(sequential, pages, "p1_activity")?.part.estimatedMinutes).toBe(10);
    expect(partStart(sequential, pages, "p1_factors")).toBeUndefined();
    const chosen = path(choice, { part_choice: "p1", p1_activity: "stage" });
    expect(chosen.map((p) => partStart(choice, chosen, p)).filter(Boolean)).toEqual([]);
  });
});
