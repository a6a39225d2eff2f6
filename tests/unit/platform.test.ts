import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { surveyConfigs, surveyVersions } from "@/lib/survey/config";
import { structure } from "@/lib/survey/engine/structure";

/**
 * The platform principle: a survey is data in surveys/<slug>/. No code under lib/, app/ or
 * components/ may name the element IDs, variables or option codes of a particular survey.
 * lib/survey/legacy/ is exempt: it reads definitions stored in the first release's format.
 */
const CODE_DIRS = ["lib", "app", "components"];
const EXEMPT = [path.join("lib", "survey", "legacy"), path.join("lib", "db", "generated")];
/** Names the model itself gives (the parts' built-in variables). */
const BUILT_IN = new Set(["part_choice", "extra_part"]);

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (EXEMPT.some((x) => p.startsWith(x))) return [];
    return e.isDirectory() ? files(p) : /\.(ts|tsx|css)$/.test(e.name) ? [p] : [];
  });
}

describe("survey specifics live in the survey's folder", () => {
  for (const { folder, config } of surveyConfigs()) {
    it(`no code names an ID of ${config.slug}`, () => {
      const ids = new Set<string>();
      for (const def of surveyVersions(folder, config)) {
        const s = structure(def);
        for (const id of [...s.elements.keys(), ...s.variables.map((v) => v.name)]) if (id.includes("_") && !BUILT_IN.has(id)) ids.add(id);
      }
      expect(ids.size).toBeGreaterThan(0);
      const pattern = new RegExp(`\\b(${[...ids].join("|")})\\b`);
      const hits = CODE_DIRS.flatMap(files).flatMap((f) => {
        const m = pattern.exec(readFileSync(f, "utf8"));
        return m ? [`${f}: ${m[1]}`] : [];
      });
      expect(hits).toEqual([]);
    });
  }
});
