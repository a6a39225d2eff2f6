import { describe, expect, it } from "vitest";
import { surveyConfigs, surveyVersions } from "@/lib/survey/config";
import { previewIo } from "@/lib/survey/client/preview";

const example = surveyConfigs().flatMap((f) => surveyVersions(f.folder, f.config)).find((v) => v.slug === "voorbeeld-alle-elementen")!;
const url = "/api/s/voorbeeld-alle-elementen/responses/00000000-0000-4000-8000-000000000009";

describe("preview of a draft in the page", () => {
  it("saves through the flow engine's rules, answers retries once and rebuilds the resume state; nothing leaves the page", async () => {
    const io = previewIo(example, 3);
    const put = async (seq: number, page: string, values: Record<string, unknown>) => {
      const res = await io.fetch(url, { method: "PUT", body: JSON.stringify({ secret: "x", seq, page, durationMs: 1, values }) });
      return { status: res.status, body: await res.json() };
    };
    expect(await put(1, "over_jou", {})).toMatchObject({ status: 404 });
    expect(await put(1, "welkom", { toestemming: true })).toEqual({ status: 200, body: { currentPage: "over_jou", seq: 1, isDuplicate: false, isFinished: false } });
    expect(await put(1, "welkom", { toestemming: true })).toMatchObject({ status: 200, body: { isDuplicate: true } });
    const invalid = await put(2, "over_jou", { rol: "onbekend" });
    expect(invalid.status).toBe(422);
    expect(invalid.body.fields).toHaveProperty("rol");
    expect(await put(3, "stellingen", {})).toMatchObject({ status: 409 });

    const state = await (await io.fetch(url)).json();
    expect(state).toMatchObject({ version: 3, currentPage: "over_jou", seq: 1, values: { welkom: { toestemming: true } }, answers: { toestemming: 1 } });
    expect(Object.keys(state.displayOrder).length).toBeGreaterThan(0);
    io.storage()!.setItem("k", "v");
    expect(io.storage()!.getItem("k")).toBe("v");
  });
});
