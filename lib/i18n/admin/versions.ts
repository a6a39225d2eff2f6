import { catalogue } from "../admin";

/** The editor page around the editor (app/admin/s/[slug]/editor/page.tsx). */
export const EDITOR_PAGE = catalogue({
  nl: {
    noDraft: "Er is geen concept. Maak een concept van de laatste versie om die te bewerken; de versie zelf blijft zoals ze is.",
    startDraft: "Concept maken van de laatste versie",
  },
  en: {
    noDraft: "There is no draft. Make a draft from the latest version to edit it; the version itself stays as it is.",
    startDraft: "Make a draft from the latest version",
  },
});

/** The Versions tab: draft, review, preview, test link and history (app/admin/s/[slug]/versions). */
export const VERSIONS = catalogue({
  nl: {
    title: "Versies",
    introBefore: "Je werkt aan een concept; “Publiceren” maakt er een vaste versie van. Nieuwe deelnemers krijgen vanaf dat moment de nieuwe versie, wie al begonnen is maakt de eigen versie af. Elk antwoord onthoudt zijn versie. Een definitiebestand is JSON in het formaat van de versiebestanden in de map ",
    introMiddle: "; editors kunnen het controleren met het ",
    introAfter: ".",
    draft: "Concept",
    draftState: (revision: number, by: string | null, at: string) => `Revisie ${revision}, laatst gewijzigd door ${by ?? "onbekend"} op ${at}.`,
    downloadDraft: "Concept downloaden",
    noDraft: "Er is geen concept.",
    startDraft: "Concept maken van de laatste versie",
    invalid: "Het concept is nog niet geldig en kan niet worden gepubliceerd:",
    differences: (live: number) => `Verschillen met versie ${live}`,
    firstVersion: "Eerste versie",
    same: (live: number) => `Het concept is gelijk aan versie ${live}.`,
    notComparable: (n: number) => `Niet vergelijkbaar (${n}):`,
    otherChanges: (n: number) => `Overige wijzigingen (${n}):`,
    previewTitle: "Voorbeeld van het concept",
    previewHelp: "De echte vragenlijst met het concept, op een telefoon en op een computer; er wordt niets opgeslagen.",
    previewPhone: "Voorbeeld op een telefoon (390 px)",
    previewComputer: "Voorbeeld op een computer (1024 px)",
    history: "Geschiedenis",
    noVersions: "Nog geen versies: publiceer het concept om de vragenlijst open te stellen.",
    version: "Versie", wave: "Meting", flow: "Stroom", status: "Status", published: "Gepubliceerd", started: "Gestart",
    finished: "Afgerond", definition: "Definitie",
    sequential: "delen na elkaar", choice: "deel kiezen",
    imported: "geïmporteerd", open: "open", closed: "gesloten",
    publishedBy: (at: string, by: string | null) => `${at} door ${by ?? "onbekend"}`,
    fromFolder: "uit de map surveys/",
  },
  en: {
    title: "Versions",
    introBefore: "You work on a draft; “Publish” turns it into a fixed version. From then on new respondents get the new version, while those who have already started finish their own. Every response remembers its version. A definition file is JSON in the format of the version files in the folder ",
    introMiddle: "; editors can check it with the ",
    introAfter: ".",
    draft: "Draft",
    draftState: (revision: number, by: string | null, at: string) => `Revision ${revision}, last changed by ${by ?? "unknown"} on ${at}.`,
    downloadDraft: "Download draft",
    noDraft: "There is no draft.",
    startDraft: "Make a draft from the latest version",
    invalid: "The draft is not yet valid and cannot be published:",
    differences: (live: number) => `Differences from version ${live}`,
    firstVersion: "First version",
    same: (live: number) => `The draft is the same as version ${live}.`,
    notComparable: (n: number) => `Not comparable (${n}):`,
    otherChanges: (n: number) => `Other changes (${n}):`,
    previewTitle: "Preview of the draft",
    previewHelp: "The real questionnaire with the draft, on a phone and on a desktop; nothing is saved.",
    previewPhone: "Preview on a phone (390 px)",
    previewComputer: "Preview on a desktop (1024 px)",
    history: "History",
    noVersions: "No versions yet: publish the draft to open the questionnaire.",
    version: "Version", wave: "Wave", flow: "Flow", status: "Status", published: "Published", started: "Started",
    finished: "Completed", definition: "Definition",
    sequential: "parts in turn", choice: "choice of part",
    imported: "imported", open: "open", closed: "closed",
    publishedBy: (at: string, by: string | null) => `${at} by ${by ?? "unknown"}`,
    fromFolder: "from the surveys/ folder",
  },
});

/** Outcomes of the Versions tab's actions (app/admin/s/[slug]/versions/actions.ts). */
export const VERSION_ACTIONS = catalogue({
  nl: {
    conflict: (by: string | null, at: string, revision: number) =>
      `Het concept is intussen gewijzigd door ${by ?? "iemand anders"} (${at}, revisie ${revision}). ` +
      "Er is niets overschreven. Bekijk de nieuwe stand en laad je bestand daarna opnieuw; het blijft gekozen.",
    noSurvey: "Deze vragenlijst bestaat niet.",
    chooseFile: "Kies een definitiebestand (.json).",
    tooLarge: "Het bestand is te groot (hoogstens 2 MB).",
    reload: "Herlaad de pagina en probeer het opnieuw.",
    badFile: "Het bestand is geen geldige vragenlijstversie; er is niets veranderd.",
    uploaded: (revision: number) => `Concept bijgewerkt (revisie ${revision}).`,
    confirmWarnings: "Deze versie is op punten niet vergelijkbaar met de vorige (zie de waarschuwingen). Vink aan dat je dat begrijpt.",
    published: (version: number) => `Versie ${version} is gepubliceerd: nieuwe deelnemers krijgen haar vanaf nu; wie al begonnen is, maakt de eigen versie af.`,
    invalid: "Het concept is nog niet geldig.",
    unchanged: "Het concept is gelijk aan de laatste versie; er is niets te publiceren.",
    noDraft: "Er is geen concept.",
    renewed: "Nieuwe testlink gemaakt; de vorige werkt niet meer.",
  },
  en: {
    conflict: (by: string | null, at: string, revision: number) =>
      `The draft has been changed in the meantime by ${by ?? "someone else"} (${at}, revision ${revision}). ` +
      "Nothing has been overwritten. Look at the new state and then load your file again; it stays selected.",
    noSurvey: "This questionnaire does not exist.",
    chooseFile: "Choose a definition file (.json).",
    tooLarge: "The file is too large (2 MB at most).",
    reload: "Reload the page and try again.",
    badFile: "The file is not a valid questionnaire version; nothing has been changed.",
    uploaded: (revision: number) => `Draft updated (revision ${revision}).`,
    confirmWarnings: "In some respects this version is not comparable with the previous one (see the warnings). Tick the box to confirm you understand.",
    published: (version: number) => `Version ${version} has been published: new respondents get it from now on; those who have already started finish their own version.`,
    invalid: "The draft is not yet valid.",
    unchanged: "The draft is the same as the latest version; there is nothing to publish.",
    noDraft: "There is no draft.",
    renewed: "New test link made; the previous one no longer works.",
  },
});

/** The draft upload and publish forms (components/dashboard/DraftForms.tsx). */
export const DRAFT_FORMS = catalogue({
  nl: {
    file: "Definitiebestand (.json)",
    load: "Als concept laden",
    confirm: (next: number, warnings: number) =>
      `Ik begrijp dat antwoorden op versie ${next} op ${warnings === 1 ? "één punt" : `${warnings} punten`} niet vergelijkbaar zijn met eerdere versies.`,
    publish: (next: number) => `Publiceren als versie ${next}`,
  },
  en: {
    file: "Definition file (.json)",
    load: "Load as draft",
    confirm: (next: number, warnings: number) =>
      `I understand that responses to version ${next} are not comparable with earlier versions on ${warnings === 1 ? "one point" : `${warnings} points`}.`,
    publish: (next: number) => `Publish as version ${next}`,
  },
});

/** The test link card (components/dashboard/TestLinkCard.tsx). */
export const TEST_LINK = catalogue({
  nl: {
    title: "Testlink",
    help: "Probeer de gepubliceerde vragenlijst zoals een nieuwe deelnemer haar krijgt, ook als het veldwerk nog niet open of al gesloten is. Antwoorden worden echt opgeslagen maar gemarkeerd als test: ze tellen niet mee in monitoring, resultaten, links, verloting en exports (behalve met \"Ook testantwoorden\"). Verwijder ze onder Antwoorden. Deel deze link niet met deelnemers.",
    link: "De testlink",
    copied: "Gekopieerd",
    copy: "Kopiëren",
    renew: "Testlink vernieuwen",
    renewHelp: "De huidige testlink werkt daarna niet meer.",
  },
  en: {
    title: "Test link",
    help: "Try the published questionnaire as a new respondent gets it, even when fieldwork has not opened yet or has already closed. Responses are really saved but marked as test: they do not count in monitoring, results, links, prize draw and exports (except with \"Include test responses\"). Delete them under Responses. Do not share this link with respondents.",
    link: "The test link",
    copied: "Copied",
    copy: "Copy",
    renew: "Renew test link",
    renewHelp: "The current test link will then stop working.",
  },
});
