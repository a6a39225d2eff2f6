import { describe, expect, it, vi } from "vitest";
import { bundledDefinitions } from "@/lib/survey";
import { withActivity } from "@/lib/survey/model";
import { clearDraft, loadDraft, storeDraft } from "@/lib/survey/client/drafts";
import { backoffMs, withRetry } from "@/lib/survey/client/retry";
import { cleanSource, savePageWithRetry } from "@/lib/survey/client/saver";
import { activitiesOf, applySave, offerablePart, pagesOf } from "@/lib/survey/client/session";
import { loadProgress, newCredentials, parseResumeHash, resumeHash, storeProgress } from "@/lib/survey/client/storage";

const def = bundledDefinitions[0];
const slug = def.slug;

function memoryStorage() {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

const ok = { currentPage: "bg", seq: 1, isDuplicate: false, isFinished: false };

describe("credentials and storage", () => {
  it("makes a UUID and a 43-character base64url secret the server accepts", () => {
    const c = newCredentials();
    expect(c.responseId).toMatch(/^[0-9a-f-]{36}$/);
    expect(c.secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newCredentials().secret).not.toBe(c.secret);
  });

  it("round-trips the resume hash and refuses malformed ones", () => {
    const c = newCredentials();
    expect(parseResumeHash(resumeHash(c))).toEqual(c);
    expect(parseResumeHash("#hervat=not-a-uuid.abc")).toBeUndefined();
    expect(parseResumeHash(`#hervat=${c.responseId}.short`)).toBeUndefined();
    expect(parseResumeHash("")).toBeUndefined();
  });

  it("stores progress per survey and ignores corrupt or foreign entries", () => {
    const s = memoryStorage();
    const c = { ...newCredentials(), seq: 4 };
    storeProgress(s, slug, c);
    expect(loadProgress(s, slug)).toEqual(c);
    expect(loadProgress(s, "andere-vragenlijst")).toBeUndefined();
    s.setItem(`enquete:${slug}`, "{not json");
    expect(loadProgress(s, slug)).toBeUndefined();
    s.setItem(`enquete:${slug}`, JSON.stringify({ responseId: "x", secret: "y", seq: 1 }));
    expect(loadProgress(s, slug)).toBeUndefined();
  });

  it("survives storage that throws (private mode)", () => {
    const broken = { getItem: () => { throw new Error("denied"); }, setItem: () => { throw new Error("denied"); }, removeItem: () => {} };
    expect(() => storeProgress(broken, slug, { ...newCredentials(), seq: 1 })).not.toThrow();
    expect(loadProgress(broken, slug)).toBeUndefined();
  });
});

describe("retry", () => {
  it("backs off exponentially up to a cap", () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffMs(n))).toEqual([1000, 2000, 4000, 8000, 15000, 15000]);
  });

  it("retries network errors and 5xx, not 4xx", async () => {
    const sleep = vi.fn(async () => {});
    const onRetry = vi.fn();
    let calls = 0;
    const flaky = async () => {
      calls++;
      if (calls === 1) throw new TypeError("Failed to fetch");
      if (calls === 2) return { ok: false as const, error: { status: 503, error: "busy" } };
      return { ok: true as const, data: "saved" };
    };
    expect(await withRetry(flaky, { sleep, onRetry })).toEqual({ ok: true, data: "saved" });
    expect(calls).toBe(3);
    expect(onRetry).toHaveBeenCalledTimes(2);
    expect(sleep.mock.calls.map((c) => (c as unknown[])[0])).toEqual([1000, 2000]);

    let rejected = 0;
    const result = await withRetry(async () => (rejected++, { ok: false as const, error: { status: 422, error: "nee" } }), { sleep });
    expect(result.ok).toBe(false);
    expect(rejected).toBe(1);
  });

  it("stops when cancelled", async () => {
    let calls = 0;
    const r = await withRetry(async () => { calls++; throw new Error("offline"); }, { sleep: async () => {}, isCancelled: () => calls >= 2 });
    expect(r).toEqual({ ok: false, error: { status: 0, error: "offline" } });
    expect(calls).toBe(2);
  });
});

describe("savePageWithRetry", () => {
  it("takes the next number, stores it before sending, and resends the SAME number on retry", async () => {
    const storage = memoryStorage();
    const creds = { ...newCredentials(), seq: 2 };
    const seen: { seq: number; stored: number | undefined }[] = [];
    let calls = 0;
    const fetchImpl = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
      const body = JSON.parse(String(init!.body));
      seen.push({ seq: body.seq, stored: loadProgress(storage, slug)?.seq });
      if (++calls === 1) throw new TypeError("Failed to fetch");
      return json(200, { ...ok, seq: body.seq });
    }) as unknown as typeof fetch;
    const { seq, result } = await savePageWithRetry(
      { slug, storage, fetchImpl },
      creds,
      { page: "bg", values: { bg_function: "docent" }, durationMs: 1234.6 },
      { sleep: async () => {} },
    );
    expect(seq).toBe(3);
    expect(result.ok).toBe(true);
    expect(seen).toEqual([{ seq: 3, stored: 3 }, { seq: 3, stored: 3 }]);
    const init = (fetchImpl as unknown as ReturnType<typeof vi.fn>).mock.calls[0][1] as RequestInit;
    expect(JSON.parse(String(init.body))).toMatchObject({ secret: creds.secret, page: "bg", durationMs: 1235, values: { bg_function: "docent" } });
    expect(JSON.parse(String(init.body))).not.toHaveProperty("source");
  });

  it("never reuses a number a reload may already have sent", async () => {
    const storage = memoryStorage();
    const creds = { ...newCredentials(), seq: 1 };
    storeProgress(storage, slug, { ...creds, seq: 7 });
    const fetchImpl = (async () => json(200, ok)) as unknown as typeof fetch;
    const { seq } = await savePageWithRetry({ slug, storage, fetchImpl }, creds, { page: "bg", values: {}, durationMs: 0 });
    expect(seq).toBe(8);
  });

  it("returns a 422 with its field messages without retrying", async () => {
    let calls = 0;
    const fetchImpl = (async () => (calls++, json(422, { error: "Controleer je antwoorden", fields: { p1_factor_stage_taal: "Kies een waarde van 0 tot en met 10." } }))) as unknown as typeof fetch;
    const { result } = await savePageWithRetry(
      { slug, storage: memoryStorage(), fetchImpl },
      { ...newCredentials(), seq: 0 },
      { page: "p1_factors", values: { p1_factor_stage_taal: 11 }, durationMs: 5 },
      { sleep: async () => {} },
    );
    expect(calls).toBe(1);
    expect(result).toEqual({ ok: false, error: { status: 422, error: "Controleer je antwoorden", fields: { p1_factor_stage_taal: "Kies een waarde van 0 tot en met 10." } } });
  });

  it("sends only sources the server accepts", () => {
    expect(cleanSource("linkedin")).toBe("linkedin");
    expect(cleanSource(" nieuwsbrief.po ")).toBe("nieuwsbrief.po");
    expect(cleanSource("<script>")).toBeUndefined();
    expect(cleanSource("x".repeat(61))).toBeUndefined();
    expect(cleanSource(undefined)).toBeUndefined();
  });
});

describe("session path", () => {
  it("derives pages and activities from saved answers like the server", () => {
    expect(pagesOf(def, "choice", {})).toEqual(["welcome", "bg", "choice", "raffle", "done"]);
    const saved = { choice: { part_choice: "p1" }, p1_activity: { p1_activity: "stage" } };
    expect(pagesOf(def, "choice", saved)).toContain("p1_factors");
    expect(activitiesOf(def, saved)).toEqual({ p1: "stage" });
    expect(offerablePart(def, "choice", saved)).toBe("p2");
    expect(offerablePart(def, "choice", { ...saved, done: { extra_part: "p2" } })).toBeUndefined();
    expect(offerablePart(def, "sequential", saved)).toBeUndefined();
  });

  it("a changed activity drops that part's later answers; the same activity keeps them", () => {
    const saved = {
      p1_activity: { p1_activity: "stage" },
      p1_factors: { p1_factor_stage_taal: 4 },
      p1_dev: { p1_dev_zelfstandigheid: 3 },
      p2_dev: { p2_dev_x: 1 },
    };
    expect(applySave(def, saved, "p1_activity", { p1_activity: "stage" })).toEqual(saved);
    const changed = applySave(def, saved, "p1_activity", { p1_activity: "online" });
    expect(changed).toEqual({ p1_activity: { p1_activity: "online" }, p2_dev: { p2_dev_x: 1 } });
  });

  it("the sequential variant is the same questionnaire in sequential mode", () => {
    const seq = bundledDefinitions.find((d) => d.slug === "internationale-competenties-sequentieel")!;
    expect(seq.flowMode).toBe("sequential");
    expect(seq.parts).toEqual(def.parts);
    expect(seq.welcome.paragraphs.join(" ")).toContain("Je vult beide delen na elkaar in.");
    expect(seq.welcome.paragraphs.join(" ")).not.toContain("Je kiest zelf welk deel");
  });
});

describe("drafts of the page on screen", () => {
  it("come back only for the same response and page, never for the raffle e-mail", () => {
    const s = memoryStorage();
    const { responseId } = newCredentials();
    storeDraft(s, slug, { responseId, page: "p1_factors", values: { p1_factor_stage_taal: 7 } });
    expect(loadDraft(s, slug, responseId, "p1_factors")).toEqual({ p1_factor_stage_taal: 7 });
    expect(loadDraft(s, slug, responseId, "p1_dev")).toBeUndefined();
    expect(loadDraft(s, slug, newCredentials().responseId, "p1_factors")).toBeUndefined();
    clearDraft(s, slug);
    expect(loadDraft(s, slug, responseId, "p1_factors")).toBeUndefined();
    storeDraft(s, slug, { responseId, page: "raffle", values: { email: "a@b.nl" } });
    expect(loadDraft(s, slug, responseId, "raffle")).toBeUndefined();
  });
});

describe("activity in question texts", () => {
  it("inserts the activity without doubling 'deelname aan'", () => {
    const t = "In welke mate ontwikkel je de volgende competenties door deelname aan [activiteit]?";
    expect(withActivity(t, "Deelname aan een internationaal congres")).toBe(
      "In welke mate ontwikkel je de volgende competenties door deelname aan een internationaal congres?",
    );
    expect(withActivity(t, "Lesgeven of meelopen met een collega in het buitenland")).toBe(
      "In welke mate ontwikkel je de volgende competenties door deelname aan lesgeven of meelopen met een collega in het buitenland?",
    );
    expect(withActivity("Met [activiteit] (naast [activiteit])", "Stage in het buitenland")).toBe(
      "Met stage in het buitenland (naast stage in het buitenland)",
    );
  });
});

describe("drafts after a changed activity", async () => {
  const { acceptedDraft, draftsAfterSave } = await import("@/lib/survey/client/session");
  const { bundledDefinitions } = await import("@/lib/survey");
  const def = bundledDefinitions[0];

  it("drops drafts of the part's later pages when the activity changes, keeps them otherwise", () => {
    const saved = { p2_activity: { p2_activity: "congres" } };
    const drafts = { p2_dev: { p2_dev_open_minded: 3 }, bg: { bg_function: "docent" } };
    expect(draftsAfterSave(def, saved, drafts, "p2_activity", { p2_activity: "lesgeven" })).toEqual({ bg: { bg_function: "docent" } });
    expect(draftsAfterSave(def, saved, drafts, "p2_activity", { p2_activity: "congres" })).toEqual(drafts);
  });

  it("keeps only the fields a page accepts now", () => {
    expect(acceptedDraft(["p1_factor_uitwisseling_taal"], { p1_factor_stage_taal: 6, p1_factor_uitwisseling_taal: 4 }))
      .toEqual({ p1_factor_uitwisseling_taal: 4 });
    expect(acceptedDraft(["x"], undefined)).toBeUndefined();
  });
});
