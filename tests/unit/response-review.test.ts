import { describe, expect, it } from "vitest";
import {
  deletionTarget, listFilter, pageNumber, progressLabel, resumeLinkSlug, reviewLabel, ZDeletionRequest, ZRetentionForm, ZReviewForm,
} from "@/lib/responses/review";

const ID = "0b7c1e2a-3f4d-4a5b-8c6d-7e8f9a0b1c2d";
const SECRET = "a".repeat(43);

describe("a deletion request", () => {
  it("takes a response ID or a resume link, whole or only its fragment", () => {
    expect(deletionTarget(` ${ID.toUpperCase()} `)).toEqual({ responseId: ID, via: "id" });
    expect(deletionTarget(`https://enquete.example.nl/s/internationale-competenties#hervat=${ID}.${SECRET}`))
      .toEqual({ responseId: ID, secret: SECRET, via: "resume-link" });
    expect(deletionTarget(`#hervat=${ID}.${SECRET}`)).toEqual({ responseId: ID, secret: SECRET, via: "resume-link" });
    expect(deletionTarget(`hervat=${ID}.${SECRET}`)).toEqual({ responseId: ID, secret: SECRET, via: "resume-link" });
    expect(resumeLinkSlug(`https://x.nl/s/internationale-competenties#hervat=${ID}.${SECRET}`)).toBe("internationale-competenties");
    expect(resumeLinkSlug(ID)).toBeUndefined();
  });

  it("refuses anything else, and an unconfirmed request, in Dutch", () => {
    for (const bad of ["", "12345", `#hervat=${ID}.kort`, "https://x.nl/s/a#iets", "'; DROP TABLE response; --"]) {
      expect(deletionTarget(bad)).toBeUndefined();
    }
    const missing = ZDeletionRequest.safeParse({ target: "", confirm: "on" });
    expect(missing.error?.issues[0].message).toBe("Vul een antwoord-ID of een hervatlink in.");
    const wrong = ZDeletionRequest.safeParse({ target: "iets anders", confirm: "on" });
    expect(wrong.error?.issues[0].message).toMatch(/geen antwoord-ID en geen hervatlink/);
    const unconfirmed = ZDeletionRequest.safeParse({ target: ID });
    expect(unconfirmed.error?.issues.map((i) => i.message)).toEqual(["Bevestig dat het antwoord definitief wordt verwijderd."]);
    expect(ZDeletionRequest.parse({ target: ID, confirm: "on" }).target).toEqual({ responseId: ID, via: "id" });
  });
});

describe("a review", () => {
  it("needs a response, a decision and a reason", () => {
    expect(ZReviewForm.parse({ responseId: ID, decision: "exclude", reason: "  Dubbel  " })).toEqual({ responseId: ID, decision: "exclude", reason: "Dubbel" });
    const messages = (v: unknown) => ZReviewForm.safeParse(v).error?.issues.map((i) => i.message);
    expect(messages({ responseId: ID, decision: "exclude", reason: " x " })).toEqual(["Geef een reden (minstens 3 tekens)."]);
    expect(messages({ responseId: "nope", decision: "weg", reason: "goede reden" })).toEqual(["Geen geldig antwoord-ID.", "Kies uitsluiten, behouden of herstellen."]);
    expect(messages({ responseId: ID, decision: "keep", reason: "x".repeat(501) })).toEqual(["De reden is te lang (hoogstens 500 tekens)."]);
  });

  it("reads in the list as its state", () => {
    expect(reviewLabel({ isExcluded: true, reviewedAt: new Date() })).toBe("Uitgesloten");
    expect(reviewLabel({ isExcluded: false, reviewedAt: new Date() })).toBe("Telt mee (beoordeeld)");
    expect(reviewLabel({ isExcluded: false, reviewedAt: null })).toBe("Telt mee");
    expect(reviewLabel({ isExcluded: false, isTest: true, reviewedAt: null })).toBe("Nee (test)");
    expect(reviewLabel({ isExcluded: true, isTest: true, reviewedAt: new Date() })).toBe("Nee (test)");
    expect(progressLabel({ finishedAt: null, currentPage: "bg" })).toBe("Niet afgerond (pagina bg)");
    expect(progressLabel({ finishedAt: new Date(), currentPage: "end" })).toBe("Afgerond");
  });
});

describe("the list's URL and the retention form", () => {
  it("fall back to the first page and all responses on anything odd", () => {
    expect([pageNumber("3"), pageNumber("0"), pageNumber("-1"), pageNumber("2.5"), pageNumber(undefined), pageNumber(["4", "5"])]).toEqual([3, 1, 1, 1, 1, 4]);
    expect([listFilter("excluded"), listFilter("test"), listFilter("iets"), listFilter(undefined)]).toEqual(["excluded", "test", "all", "all"]);
    expect(ZRetentionForm.safeParse({ ipHashRetention: "nooit" }).error?.issues[0].message).toBe("Kies met de hand of bij het sluiten.");
  });
});
