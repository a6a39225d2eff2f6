import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { fileDifferences } from "../golden/compare";
import { seedGolden } from "../golden/fixture";
import { GOLDEN_DIR, goldenOutputs } from "../golden/outputs";
import { resetDb } from "./db";

/**
 * The golden outputs recorded by `npm run golden:record` (tests/golden/README.md) are produced
 * again on this database from the same respondents: exports, codebooks and dashboard figures must
 * not change unless a golden file is re-recorded with a listed reason.
 */
const recorded = readdirSync(GOLDEN_DIR).filter((f) => /\.(json|csv)$/.test(f)).sort();
let outputs: Map<string, string>;

describe("golden outputs", () => {
  beforeAll(async () => {
    await resetDb();
    outputs = await goldenOutputs(await seedGolden());
  }, 300_000);

  it("produces exactly the recorded set of files", () => {
    expect([...outputs.keys()].sort()).toEqual(recorded);
  });

  it.each(recorded)("%s is unchanged", (name) => {
    const expected = readFileSync(path.join(GOLDEN_DIR, name), "utf8");
    const actual = outputs.get(name);
    expect(actual, `${name} was not produced`).toBeDefined();
    expect(fileDifferences(name, expected, actual!)).toEqual([]);
  });
});
