import { catalogue, type TAdminLang } from "../admin";

/** The overview of all surveys (/admin): the table, the archive and the new-survey form. */
export const OVERVIEW = catalogue({
  nl: {
    title: "Vragenlijsten", signedInAs: (name: string) => `Aangemeld als ${name}.`, manageResearchers: "Onderzoekers beheren",
    captionArchive: "Gearchiveerde vragenlijsten", captionCurrent: "Vragenlijsten met het aantal gestarte en afgeronde antwoorden",
    colSurvey: "Vragenlijst", colStarted: "Gestart", colFinished: "Afgerond", colLastActivity: "Laatste activiteit", colGoTo: "Ga naar", colManage: "Beheer",
    monitoring: "Monitoring", results: "Resultaten", export: "Export", import: "Import", versions: "Versies", openSurvey: "Vragenlijst openen",
    draft: "Concept", notPublished: "(nog niet gepubliceerd)", archive: "Archiveren", restore: "Terugzetten",
    noSurveys: "Er zijn nog geen vragenlijsten.", archiveSummary: (n: number) => `Archief (${n})`,
    newSurvey: "Nieuwe vragenlijst",
    newSurveyIntro: "Begin leeg, met een kopie van een bestaande vragenlijst (bijvoorbeeld als sjabloon), of met een definitiebestand. Je krijgt een concept; deelnemers zien pas iets als je het publiceert.",
    fieldTitle: "Titel", fieldSlug: "Adres (/s/…)", fieldWave: "Meting", startWith: "Beginnen met", startBlank: "Leeg", startCopy: "Kopie van",
    copySource: "Vragenlijst om te kopiëren", startFile: "Definitiebestand", fileLabel: "Definitiebestand (.json)", create: "Vragenlijst maken",
    deleteLabel: (title: string) => `Verwijder ${title}`, delete: "Verwijderen", confirmDeleteLabel: (title: string) => `Definitief verwijderen: ${title}`,
    confirmDelete: "Zeker weten?", cancel: "Annuleren",
    copyNotAllowed: "Kies een vragenlijst die je mag bewerken om te kopiëren.", fileTooLarge: "Het bestand is te groot (hoogstens 2 MB).",
  },
  en: {
    title: "Surveys", signedInAs: (name: string) => `Signed in as ${name}.`, manageResearchers: "Manage researchers",
    captionArchive: "Archived surveys", captionCurrent: "Surveys with the number of started and completed responses",
    colSurvey: "Survey", colStarted: "Started", colFinished: "Completed", colLastActivity: "Last activity", colGoTo: "Go to", colManage: "Manage",
    monitoring: "Monitoring", results: "Results", export: "Export", import: "Import", versions: "Versions", openSurvey: "Open survey",
    draft: "Draft", notPublished: "(not published yet)", archive: "Archive", restore: "Restore",
    noSurveys: "There are no surveys yet.", archiveSummary: (n: number) => `Archive (${n})`,
    newSurvey: "New survey",
    newSurveyIntro: "Start empty, with a copy of an existing survey (for instance as a template), or with a definition file. You get a draft; participants see nothing until you publish it.",
    fieldTitle: "Title", fieldSlug: "Address (/s/…)", fieldWave: "Wave", startWith: "Start with", startBlank: "Empty", startCopy: "Copy of",
    copySource: "Survey to copy", startFile: "Definition file", fileLabel: "Definition file (.json)", create: "Create survey",
    deleteLabel: (title: string) => `Delete ${title}`, delete: "Delete", confirmDeleteLabel: (title: string) => `Delete permanently: ${title}`,
    confirmDelete: "Are you sure?", cancel: "Cancel",
    copyNotAllowed: "Choose a survey you may edit to copy.", fileTooLarge: "The file is too large (2 MB at most).",
  },
});

/** English for the fixed Dutch messages of ZNewSurveyForm and createSurvey/deleteSurvey (lib/survey/publish). */
const NEW_SURVEY_MESSAGES_EN: Record<string, string> = {
  "Vul een tekst in.": "Enter a title.",
  "Titel: hoogstens 200 tekens.": "Title: 200 characters at most.",
  "Adres: minstens 3 tekens.": "Address: at least 3 characters.",
  "Adres: hoogstens 100 tekens.": "Address: 100 characters at most.",
  "Adres: alleen kleine letters, cijfers en - (bijvoorbeeld stage-2027).": "Address: only lower-case letters, digits and - (for example stage-2027).",
  "Vul een meting in, bijvoorbeeld het jaar.": "Enter a wave, for example the year.",
  "Meting: hoogstens 20 tekens.": "Wave: 20 characters at most.",
  "Kies waarmee je begint.": "Choose what to start with.",
  "Kies een vragenlijst met een gepubliceerde versie om te kopiëren.": "Choose a survey with a published version to copy.",
  "Kies een definitiebestand (.json).": "Choose a definition file (.json).",
  "Het bestand is geen geldige vragenlijstversie.": "The file is not a valid survey version.",
  "Deze vragenlijst komt uit de map surveys/ van de installatie en kan hier niet worden verwijderd.":
    "This survey comes from the installation's surveys/ folder and cannot be deleted here.",
  "Deze vragenlijst bestaat niet.": "This survey does not exist.",
};

/** A message from the new-survey schema or the survey service in the admin language (unknown texts stay as they are). */
export function surveyMessage(message: string, lang: TAdminLang): string {
  if (lang === "nl") return message;
  const inUse = /^Het adres "(.*)" is al in gebruik\.$/.exec(message);
  if (inUse) return `The address "${inUse[1]}" is already in use.`;
  const answered = /^Deze vragenlijst heeft (\d+) antwoorden en kan niet worden verwijderd; archiveer haar\.$/.exec(message);
  if (answered) return `This survey has ${answered[1]} responses and cannot be deleted; archive it instead.`;
  return NEW_SURVEY_MESSAGES_EN[message] ?? message;
}
