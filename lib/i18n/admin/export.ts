import type { TExportFormat } from "@/lib/export/formats";
import { catalogue } from "../admin";

/** The Export tab (the form only: the files' contents stay as they are). */
export const EXPORT = catalogue({
  nl: {
    title: "Export",
    invalidFilter: (error: string) => `Ongeldige filter genegeerd: ${error}`,
    responses: (n: number): string => (n === 1 ? "antwoord" : "antwoorden"),
    inSelection: "in deze selectie",
    withPartial: " (inclusief gedeeltelijk ingevulde, met hun laatste pagina)",
    finishedOnly: " (alleen afgeronde)",
    withExcluded: "; uitgesloten antwoorden tellen mee (kolom is_excluded)",
    withoutExcluded: "; uitgesloten antwoorden niet",
    withTest: "; testantwoorden tellen mee (kolom is_test)",
    withoutTest: "; testantwoorden niet",
    languageForm: "Taal van de export",
    languageLabel: "Taal van de labels en vraagteksten",
    chooseLanguage: "Taal kiezen",
    download: (title: string) => `Download ${title}`,
    note1: "Elke export bevat dezelfde variabelen als het codeboek; keuzeantwoorden staan als cijfercode met waardelabels.",
    note2: "Antwoorden die geen score zijn (zoals \"niet van toepassing\") staan als code in de data en zijn als ontbrekende waarde gemarkeerd in SPSS en R.",
    note3: "Een variabele of antwoordoptie die niet in de versie van een deelnemer stond, is leeg (systeem-ontbrekend), nooit 0.",
    note4: "E-mailadressen van de verloting worden nooit geëxporteerd.",
    note5: "De kolom language zegt in welke taal elke deelnemer de vragenlijst invulde.",
  },
  en: {
    title: "Export",
    invalidFilter: (error: string) => `Invalid filter ignored: ${error}`,
    responses: (n: number): string => (n === 1 ? "response" : "responses"),
    inSelection: "in this selection",
    withPartial: " (including partial responses, with their last page)",
    finishedOnly: " (completed only)",
    withExcluded: "; excluded responses included (column is_excluded)",
    withoutExcluded: "; excluded responses not included",
    withTest: "; test responses included (column is_test)",
    withoutTest: "; test responses not included",
    languageForm: "Language of the export",
    languageLabel: "Language of the labels and question texts",
    chooseLanguage: "Choose language",
    download: (title: string) => `Download ${title}`,
    note1: "Every export holds the same variables as the codebook; choice answers are numeric codes with value labels.",
    note2: "Answers that are not a score (such as \"not applicable\") are codes in the data, marked as missing values in SPSS and R.",
    note3: "A variable or answer option that was not in a respondent's version is empty (system-missing), never 0.",
    note4: "Raffle e-mail addresses are never exported.",
    note5: "The column language shows in which language each respondent completed the questionnaire.",
  },
});

/** The formats' names and descriptions on the Export tab (lib/export/formats.ts keeps the Dutch). */
export const EXPORT_FORMAT_EN: Record<TExportFormat, { title: string; description: string }> = {
  "csv-wide": { title: "CSV (wide)", description: "One row per response, numeric codes, column names = variable names." },
  "csv-long": { title: "CSV (long)", description: "One row per response × question, with the value label." },
  xlsx: { title: "Excel (XLSX)", description: "Worksheet \"data\" and worksheet \"codebook\"." },
  spss: { title: "SPSS / PSPP", description: "Zip with syntax (.sps), data (CSV) and codebook: labels, value labels, missing values and measurement levels." },
  r: { title: "R", description: "Zip with an R script that reads the CSV with labels and factors, data (CSV) and codebook." },
  "codebook-html": { title: "Codebook (HTML)", description: "Readable overview of all variables." },
  "codebook-json": { title: "Codebook (JSON)", description: "Machine-readable codebook." },
};
