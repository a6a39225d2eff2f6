import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { surveyConfigs, surveyVersions } from "@/lib/survey/config";
import { convertLegacy } from "@/lib/survey/legacy/convert";
import { applyPatch, readVersionFile } from "@/lib/survey/version/files";
import { legacyDefinitions } from "../../support/surveys";

describe("survey folders", () => {
  it("every folder under surveys/ validates, with all its versions", () => {
    const folders = surveyConfigs();
    expect(folders.length).toBeGreaterThan(0);
    for (const { folder, config } of folders) expect(surveyVersions(folder, config).length).toBe(config.versions.length);
  });

  it("the Nuffic files hold exactly the questionnaire that ran (choice = version 1, both parts = version 2)", () => {
    const { folder, config } = surveyConfigs().find((f) => f.config.slug === "internationale-competenties")!;
    const [choice, both] = surveyVersions(folder, config);
    expect(choice).toEqual(convertLegacy(legacyDefinitions[0]));
    const sequential = convertLegacy(legacyDefinitions[1]);
    expect(both).toEqual({ ...sequential, slug: choice.slug, title: choice.title, version: 2 });
  });
});

describe("version files", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "versions-"));
  const base = { format: 2, slug: "s", version: 1, title: "T", wave: "2026", pages: [{ id: "p", elements: [{ type: "text", id: "q", text: "Vraag?" }] }], end: { title: "Klaar", body: "Bedankt." } };
  writeFileSync(path.join(dir, "1.json"), JSON.stringify(base));

  it("a derived file is its base with JSON Patch operations applied", () => {
    writeFileSync(path.join(dir, "2.json"), JSON.stringify({ base: "1.json", version: 2, patch: [{ op: "replace", path: "/pages/0/elements/0/text", value: "Andere vraag?" }] }));
    const v2 = readVersionFile(dir, "2.json");
    expect(v2.version).toBe(2);
    expect((v2.pages[0].elements[0] as { text: string }).text).toBe("Andere vraag?");
  });

  it("a bad file names the file and the field; a patch path that does not exist is refused", () => {
    writeFileSync(path.join(dir, "3.json"), JSON.stringify({ ...base, pages: [{ id: "p", elements: [{ type: "single", id: "q", text: "?" }] }] }));
    expect(() => readVersionFile(dir, "3.json")).toThrow(/3\.json: .*options/);
    writeFileSync(path.join(dir, "4.json"), JSON.stringify({ base: "1.json", version: 4, patch: [{ op: "replace", path: "/pages/3/id", value: "x" }] }));
    expect(() => readVersionFile(dir, "4.json")).toThrow(/4\.json: Pad \/pages\/3\/id bestaat niet/);
  });

  it("applyPatch adds, replaces and removes in objects and arrays without touching the input", () => {
    const doc = { a: [1, 2], b: { c: 1 } };
    const out = applyPatch(doc, [
      { op: "add", path: "/a/-", value: 3 }, { op: "remove", path: "/a/0" }, { op: "replace", path: "/b/c", value: 2 }, { op: "add", path: "/d", value: true },
    ]);
    expect(out).toEqual({ a: [2, 3], b: { c: 2 }, d: true });
    expect(doc).toEqual({ a: [1, 2], b: { c: 1 } });
  });
});
