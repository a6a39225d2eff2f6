import { catalogue } from "../admin";

/** The frame around a survey's pages (back link, archived notice, tabs) and the admin error and not-found pages. */
export const SURVEY_FRAME = catalogue({
  nl: {
    allSurveys: "Alle vragenlijsten", backToAll: "← Alle vragenlijsten", archived: "Gearchiveerd: de vragenlijst neemt geen nieuwe deelnemers aan.",
    tabsLabel: "Onderdelen van de vragenlijst", tabMonitoring: "Monitoring", tabResults: "Resultaten", tabQuestions: "Alle vragen", tabExport: "Export",
    tabImport: "Import", tabResponses: "Antwoorden", tabLinks: "Links", tabExperiment: "Experiment", tabRaffle: "Verloting", tabShare: "Delen",
    tabEditor: "Editor", tabVersions: "Versies", tabMembers: "Toegang",
    errorTitle: "Er ging iets mis", errorText: "Deze pagina kon niet worden geladen. Probeer het opnieuw; blijft het misgaan, meld het dan aan de beheerder.",
    retry: "Opnieuw proberen", toOverview: "Naar het overzicht",
    widgetError: (title: string) => `${title} kon niet worden geladen. Vernieuw de pagina om het opnieuw te proberen; blijft het misgaan, meld het dan aan de beheerder.`,
    notFound: "Niet gevonden", notFoundAdmin: "Deze pagina of vragenlijst bestaat niet (meer).", notFoundSurvey: "Dit onderdeel van de vragenlijst bestaat niet (meer).",
  },
  en: {
    allSurveys: "All surveys", backToAll: "← All surveys", archived: "Archived: the survey accepts no new participants.",
    tabsLabel: "Parts of the survey", tabMonitoring: "Monitoring", tabResults: "Results", tabQuestions: "All questions", tabExport: "Export",
    tabImport: "Import", tabResponses: "Responses", tabLinks: "Links", tabExperiment: "Experiment", tabRaffle: "Prize draw", tabShare: "Share",
    tabEditor: "Editor", tabVersions: "Versions", tabMembers: "Access",
    errorTitle: "Something went wrong", errorText: "This page could not be loaded. Please try again; if it keeps failing, tell the administrator.",
    retry: "Try again", toOverview: "To the overview",
    widgetError: (title: string) => `${title} could not be loaded. Refresh the page to try again; if it keeps failing, tell the administrator.`,
    notFound: "Not found", notFoundAdmin: "This page or survey does not exist (any more).", notFoundSurvey: "This part of the survey does not exist (any more).",
  },
});
