import { describe, expect, it } from "vitest";
import { SURVEY_ROLE_LABELS, SURVEY_ROLE_LABELS_EN, roleLabels } from "@/lib/auth/survey-roles";
import { AUDIT_LABELS } from "@/lib/audit/log";
import { ACCESS, memberMessage } from "@/lib/i18n/admin/access";
import { ACCOUNTS, AUDIT_LABELS_EN, accountMessage } from "@/lib/i18n/admin/accounts";
import { OVERVIEW, surveyMessage } from "@/lib/i18n/admin/overview";
import { SURVEY_FRAME } from "@/lib/i18n/admin/survey-frame";

/** Texts that are the same in both languages (loanwords, names). */
const SAME = new Set(["Monitoring", "Export", "Import", "Links", "Experiment", "Editor", "Account", "Details", "Accounts (2)"]);

const sample = (v: unknown): string => (typeof v === "function" ? String((v as (a: unknown) => unknown)(2)) : String(v));

describe.each([
  ["overview", OVERVIEW], ["survey frame", SURVEY_FRAME], ["access", ACCESS], ["accounts", ACCOUNTS],
] as const)("the %s catalogue", (_name, texts) => {
  it("has the same keys in Dutch and English", () => {
    expect(Object.keys(texts.en).sort()).toEqual(Object.keys(texts.nl).sort());
  });
  it("has no empty text and English that differs from the Dutch", () => {
    for (const key of Object.keys(texts.nl) as (keyof typeof texts.nl)[]) {
      const nl = sample(texts.nl[key]);
      const en = sample(texts.en[key]);
      expect(nl.trim(), `nl.${String(key)}`).not.toBe("");
      expect(en.trim(), `en.${String(key)}`).not.toBe("");
      if (nl.length > 3 && !SAME.has(nl)) expect(en, `en.${String(key)}`).not.toBe(nl);
    }
  });
});

describe("role and audit names", () => {
  it("has an English name for every survey role and audit action", () => {
    expect(Object.keys(SURVEY_ROLE_LABELS_EN).sort()).toEqual(Object.keys(SURVEY_ROLE_LABELS).sort());
    expect(roleLabels("en").owner).toBe("Owner");
    expect(roleLabels("nl").owner).toBe("Eigenaar");
    expect(Object.keys(AUDIT_LABELS_EN).sort()).toEqual(Object.keys(AUDIT_LABELS).sort());
    for (const [action, en] of Object.entries(AUDIT_LABELS_EN)) expect(en, action).not.toBe(AUDIT_LABELS[action as keyof typeof AUDIT_LABELS]);
  });
});

describe("service messages", () => {
  it("puts the known Dutch messages into English and keeps Dutch as it is", () => {
    expect(surveyMessage("Adres: minstens 3 tekens.", "en")).toBe("Address: at least 3 characters.");
    expect(surveyMessage('Het adres "stage-2027" is al in gebruik.', "en")).toBe('The address "stage-2027" is already in use.');
    expect(surveyMessage("Deze vragenlijst heeft 4 antwoorden en kan niet worden verwijderd; archiveer haar.", "en")).toBe(
      "This survey has 4 responses and cannot be deleted; archive it instead.",
    );
    expect(surveyMessage("Adres: minstens 3 tekens.", "nl")).toBe("Adres: minstens 3 tekens.");
    expect(memberMessage("Er is geen account met het adres a@b.nl. Een beheerder kan het aanmaken.", "en")).toBe(
      "There is no account with the address a@b.nl. An administrator can create it.",
    );
    expect(memberMessage("Kies een rol: eigenaar, redacteur, analist of kijker.", "en")).toBe("Choose a role: owner, editor, analyst or viewer.");
    expect(accountMessage("Het huidige wachtwoord klopt niet.", "en")).toBe("The current password is not correct.");
    expect(accountMessage("Iets onbekends.", "en")).toBe("Iets onbekends.");
  });
});
