import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ELEMENT_TYPES } from "@/lib/survey/elements/registry";
import { scaleValue, freeText, REQUIRED } from "@/lib/survey/elements/shared";
import { acceptedLanguages, chooseLanguage, languageHref } from "@/lib/survey/i18n/choose";
import { messages, translateMessage } from "@/lib/survey/i18n/messages";
import { closedMessage } from "@/lib/survey/fieldwork";
import { STOPPED_COLLECTOR_MESSAGE } from "@/lib/survey/collectors";

describe("chooseLanguage", () => {
  const def = { languages: ["nl", "en"] };
  it("takes ?lang when the version has it, else the browser's languages by weight, else the first", () => {
    expect(chooseLanguage(def, "en", "nl")).toBe("en");
    expect(chooseLanguage(def, "de", "en-GB,en;q=0.9")).toBe("en");
    expect(chooseLanguage(def, undefined, "de-DE,de;q=0.9,en;q=0.8,nl;q=0.7")).toBe("en");
    expect(chooseLanguage(def, undefined, "fr;q=0.5,nl;q=0.9")).toBe("nl");
    expect(chooseLanguage(def, undefined, "de")).toBe("nl");
    expect(chooseLanguage({}, "en", "en")).toBe("nl");
    expect(acceptedLanguages("en-US, en;q=0.9, *;q=0.1, nl;q=0")).toEqual(["en"]);
  });
  it("keeps the rest of the query in the switch's links", () => {
    expect(languageHref("/s/x", "versie=2&bron=mail&lang=nl", "en")).toBe("/s/x?versie=2&bron=mail&lang=en");
  });
});

describe("messages", () => {
  it("has every interface text in English, different from the Dutch where words differ", () => {
    const nl = messages("nl");
    const en = messages("en");
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    expect(en.next).toBe("Next");
    expect(en.step(2, 5)).toBe("Step 2 of 5");
    expect(messages("de")).toBe(en);
  });

  it("translates the element modules' validation messages, with numbers, and leaves Dutch as it is", () => {
    expect(translateMessage("en", REQUIRED)).toBe("Choose an answer.");
    const range = scaleValue({ id: "s", min: 1, max: 7, step: 1, labels: [], missingValues: [] }).safeParse(9);
    expect(translateMessage("en", range.error!.issues[0].message)).toBe("Choose a value from 1 to 7.");
    const long = freeText().safeParse("x".repeat(2000));
    expect(translateMessage("en", long.error!.issues[0].message)).toBe("At most 1000 characters.");
    expect(translateMessage("nl", REQUIRED)).toBe(REQUIRED);
    expect(translateMessage("en", "Iets onbekends.")).toBe("Iets onbekends.");
    // The server's summary of a refused page, message by message.
    expect(translateMessage("en", "Controleer je antwoorden: Kies een antwoord. Hoogstens 10 tekens.")).toBe("Check your answers: Choose an answer. At most 10 characters.");
  });

  it("knows every fixed message of the element types' required answers", () => {
    // A required answer left empty on each question type gives a message the catalogue knows.
    const ctx = {
      answers: {}, order: {}, scale: () => ({ id: "s", min: 1, max: 5, step: 1, labels: [], missingValues: [] }),
      options: (el: { options?: { code: string; label: string }[] }) => el.options ?? [{ code: "a", label: "A" }, { code: "b", label: "B" }],
      holds: () => true, pipe: (t: string) => t,
    };
    const samples: Record<string, object> = {
      single: { options: [{ code: "a", label: "A" }] }, multi: { options: [{ code: "a", label: "A" }], isRequired: true },
      pickn: { options: [{ code: "a", label: "A" }, { code: "b", label: "B" }], n: 1, mode: "exactly" }, ranking: { options: [{ code: "a", label: "A" }] },
      number: { isRequired: true }, text: { isRequired: true }, consent: { error: "Geef toestemming om verder te gaan." },
    };
    const checked = new Set<string>();
    for (const type of ELEMENT_TYPES) {
      const extra = samples[type.type];
      if (!extra) continue;
      const el = type.schema.safeParse({ type: type.type, id: "q", text: "Vraag", ...extra });
      if (!el.success) continue;
      const fields = type.fields(el.data as never, ctx as never);
      // The form gives a multiple choice an empty list and a text field "", never nothing.
      const result = z.object(fields.shape).safeParse(type.type === "multi" ? { q: [] } : type.type === "text" ? { q: "" } : {});
      for (const issue of result.error?.issues ?? []) {
        expect(translateMessage("en", issue.message), `${type.type}: ${issue.message}`).not.toBe(issue.message);
        checked.add(type.type);
      }
    }
    expect(checked.size).toBeGreaterThanOrEqual(5);
  });

  it("translates the closed notices", () => {
    expect(translateMessage("en", closedMessage({ reason: "closed-by-hand" } as never)!)).toBe("This questionnaire is closed. Thank you for your interest!");
    expect(translateMessage("en", STOPPED_COLLECTOR_MESSAGE)).toBe("This link is no longer in use. Thank you for your interest!");
  });
});
