import { describe, expect, it, vi } from "vitest";
import type { TAnswers } from "@/lib/survey/elements/types";
import { pageFields, path } from "@/lib/survey/engine/flow";
import { ZVersionDef, type TVersionInput } from "@/lib/survey/version/schema";
import { clearDraft, loadDraft, storeDraft } from "@/lib/survey/client/drafts";
import { backoffMs, sleepUntilOnline, withRetry } from "@/lib/survey/client/retry";
import { cleanSource, savePageWithRetry } from "@/lib/survey/client/saver";
import { getState, putPage } from "@/lib/survey/client/api";
import {
  acceptedDraft, acceptedValues, answersAfterSave, draftsAfterSave, offerableParts, previousPage, progressPages, storableDraft, versionFor,
  withPageValues,
} from "@/lib/survey/client/session";
import { loadProgress, newCredentials, parseResumeHash, resumeHash, storeProgress } from "@/lib/survey/client/storage";

const slug = "proef";

/** A small version with every flow feature the browser relies on: parts by choice, an activity steering statements and a piped grid, a raffle. */
const demoInput: TVersionInput = {
  format: 2, slug, version: 1, title: "Proef", wave: "2026",
  scales: [
    { id: "s10", min: 0, max: 10, labels: [{ value: 0, label: "Helemaal niet" }, { value: 10, label: "Heel sterk" }] },
    { id: "s5", min: 1, max: 5, labels: [1, 2, 3, 4, 5].map((value) => ({ value, label: `Waarde ${value}` })) },
  ],
  lists: [{ id: "skills", label: "Vaardigheden", options: [{ code: "a", label: "Aanpassen" }, { code: "b", label: "Begrijpen" }] }],
  pages: [
    {
      id: "start", title: "Welkom",
      elements: [
        { type: "consent", id: "ok", text: "Ik doe mee" },
        { type: "single", id: "rol", text: "Wat doe je?", isRequired: false, options: [{ code: "docent", label: "Docent" }, { code: "student", label: "Student" }] },
        { type: "text", id: "school", text: "Op welke school?", showIf: { var: "rol", equals: "docent" } },
      ],
    },
    { id: "a_kind", title: "Deel A", part: "a", elements: [{ type: "single", id: "a_kind", text: "Welke activiteit?", options: [{ code: "x", label: "Een reis" }, { code: "y", label: "Een cursus" }] }] },
    {
      id: "a_items", title: "Deel A", part: "a",
      elements: [{
        type: "sliders", id: "a_f", text: "Stellingen", scale: "s10",
        itemsBy: { var: "a_kind", sets: [{ code: "x", items: [{ id: "t", text: "Taal" }] }, { code: "y", items: [{ id: "u", text: "Uitleg" }] }] },
      }],
    },
    { id: "a_grid", title: "Deel A", part: "a", elements: [{ type: "grid", id: "a_g", text: "Wat leer je van {{a_kind}}?", list: "skills", scale: "s5" }] },
    { id: "b_name", title: "Deel B", part: "b", elements: [{ type: "text", id: "b_t", text: "Wat doe je?" }] },
    { id: "mail", title: "Verloting", elements: [{ type: "info", id: "mail_i", paragraphs: ["Doe mee"] }, { type: "email", id: "email", text: "E-mailadres" }] },
  ],
  parts: {
    mode: "choice",
    items: [{ id: "a", title: "Deel A: reizen", description: "Over reizen", estimatedMinutes: 5 }, { id: "b", title: "Deel B: werk", description: "Over werk" }],
    choice: { text: "Welk deel?" },
  },
  end: { title: "Bedankt", body: "Klaar." },
};
const demo = ZVersionDef.parse(demoInput);

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
    expect(await withRetry(flaky, { sleep, onRetry, random: () => 1 })).toEqual({ ok: true, data: "saved" });
    expect(calls).toBe(3);
    expect(onRetry).toHaveBeenCalledTimes(2);
    expect(sleep.mock.calls.map((c) => (c as unknown[])[0])).toEqual([1000, 2000]);
    // Jitter: between half and all of the backoff.
    const low = vi.fn(async () => {});
    calls = 0;
    await withRetry(flaky, { sleep: low, random: () => 0 });
    expect(low.mock.calls.map((c) => (c as unknown[])[0])).toEqual([500, 1000]);

    let rejected = 0;
    const result = await withRetry(async () => (rejected++, { ok: false as const, error: { status: 422, error: "nee" } }), { sleep });
    expect(result.ok).toBe(false);
    expect(rejected).toBe(1);
  });

  it("retries at once when the browser comes back online", async () => {
    vi.useFakeTimers();
    try {
      const browser = new EventTarget();
      const wait = sleepUntilOnline(15_000, browser);
      let isDone = false;
      void wait.then(() => (isDone = true));
      await vi.advanceTimersByTimeAsync(1000);
      expect(isDone).toBe(false);
      browser.dispatchEvent(new Event("online"));
      await vi.advanceTimersByTimeAsync(0);
      expect(isDone).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it("gives every request a timeout, so a hanging connection is retried", async () => {
    const fetchImpl = vi.fn(async () => json(200, ok)) as unknown as typeof fetch;
    await putPage(fetchImpl, slug, newCredentials().responseId, { secret: "s".repeat(32), seq: 1, page: "bg", durationMs: 0, values: {} });
    await getState(fetchImpl, slug, newCredentials().responseId, "s".repeat(32));
    for (const call of (fetchImpl as unknown as ReturnType<typeof vi.fn>).mock.calls) expect((call[1] as RequestInit).signal).toBeInstanceOf(AbortSignal);
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

describe("session on the flow engine", () => {
  const r = (answers: TAnswers) => ({ answers, order: {} });
  const chosenA = { ok: 1, part_choice: "a", a_kind: "x" } as const;

  it("counts progress with the first part before a part is chosen, then with the chosen one", () => {
    expect(path(demo, {})).toEqual(["start", "choice", "mail", "done"]);
    expect(progressPages(demo, {})).toEqual(["start", "choice", "a_kind", "a_items", "a_grid", "mail", "done"]);
    expect(progressPages(demo, { part_choice: "b" })).toEqual(["start", "choice", "b_name", "mail", "done"]);
  });

  it("a save updates the answers like the server: a changed activity clears what was about the former one", () => {
    const answers = { ...chosenA, a_f_x_t: 4, a_g_a: 3 };
    const same = answersAfterSave(demo, r(answers), "a_kind", { a_kind: "x" });
    expect(same).toEqual({ answers, changed: [] });
    const changed = answersAfterSave(demo, r(answers), "a_kind", { a_kind: "y" });
    expect(changed.answers).toEqual({ ok: 1, part_choice: "a", a_kind: "y" });
    expect(changed.changed.sort()).toEqual(["a_f_x_t", "a_g_a", "a_kind"]);
  });

  it("drops the saved page's draft and draft fields that read a changed answer (sliders and ratings of the former activity)", () => {
    const drafts = { a_items: { a_f_x_t: 6 }, a_grid: { a_g_a: 3, a_g_b: 2 }, b_name: { b_t: "x" }, a_kind: { a_kind: "y" } };
    expect(draftsAfterSave(demo, drafts, "a_kind", ["a_kind"])).toEqual({ b_name: { b_t: "x" } });
    expect(draftsAfterSave(demo, drafts, "a_kind", [])).toEqual({ a_items: { a_f_x_t: 6 }, a_grid: { a_g_a: 3, a_g_b: 2 }, b_name: { b_t: "x" } });
  });

  it("keeps only the fields a page accepts now", () => {
    expect(acceptedDraft(["a_f_y_u"], { a_f_x_t: 6, a_f_y_u: 4 })).toEqual({ a_f_y_u: 4 });
    expect(acceptedDraft(["x"], undefined)).toBeUndefined();
    expect(pageFields(demo, "a_items", r({ ...chosenA, a_kind: "y" }))).toEqual(["a_f_y_u"]);
  });

  it("never stores an e-mail address or the end page as a draft", () => {
    expect(storableDraft(demo, "mail", r(chosenA), { email: "a@b.nl", stray: 1 })).toEqual({});
    expect(storableDraft(demo, "a_grid", r(chosenA), { a_g_a: 3, stray: 1 })).toEqual({ a_g_a: 3 });
    expect(storableDraft(demo, "done", r(chosenA), { extra_part: "b" })).toBeUndefined();
  });

  it("a follow-up on the same page counts only while the answer it depends on is given", () => {
    const filled = { ok: true, rol: "docent", school: "Het Lyceum" };
    expect(acceptedValues(demo, "start", r({}), filled)).toEqual(filled);
    expect(acceptedValues(demo, "start", r({}), { ...filled, rol: "student" })).toEqual({ ok: true, rol: "student" });
    expect(storableDraft(demo, "start", r({}), filled)).toEqual(filled);
    expect(withPageValues(demo, "start", r({ part_choice: "a" }), filled).answers).toEqual({ part_choice: "a", ok: 1, rol: "docent", school: "Het Lyceum" });
  });

  it("offers the parts not taken yet on the end page, in choice mode only", () => {
    expect(offerableParts(demo, r(chosenA))).toEqual(["b"]);
    expect(offerableParts(demo, r({ ...chosenA, extra_part: "b" }))).toEqual([]);
    const sequential = ZVersionDef.parse({ ...demoInput, parts: { ...demoInput.parts, mode: "sequential" } });
    expect(offerableParts(sequential, r(chosenA))).toEqual([]);
  });

  it("continues on the response's own version when a newer one is active", () => {
    const newer = ZVersionDef.parse({ ...demoInput, version: 2, title: "Proef 2" });
    expect(versionFor({ def: newer, version: 2 }, { def: demo, version: 1 })).toBe(demo);
    expect(versionFor({ def: newer, version: 2 }, { def: structuredClone(newer), version: 2 })).toBe(newer);
  });

  it("steps back along the respondent's path", () => {
    const pages = path(demo, chosenA);
    expect(previousPage(pages, "a_kind")).toBe("choice");
    expect(previousPage(pages, "start")).toBeUndefined();
  });
});

describe("drafts of the page on screen", () => {
  it("come back only for the same response and page", () => {
    const s = memoryStorage();
    const { responseId } = newCredentials();
    storeDraft(s, slug, { responseId, page: "p1_factors", values: { p1_factor_stage_taal: 7 } });
    expect(loadDraft(s, slug, responseId, "p1_factors")).toEqual({ p1_factor_stage_taal: 7 });
    expect(loadDraft(s, slug, responseId, "p1_dev")).toBeUndefined();
    expect(loadDraft(s, slug, newCredentials().responseId, "p1_factors")).toBeUndefined();
    clearDraft(s, slug);
    expect(loadDraft(s, slug, responseId, "p1_factors")).toBeUndefined();
  });
});
