import { catalogue } from "../admin";

/** The fieldwork tabs: Links, Experiment, Verloting (raffle), Delen (share) and the fieldwork settings. */
export const LINKS = catalogue({
  nl: {
    title: "Links",
    intro:
      "Een link per kanaal (LinkedIn, nieuwsbrief, een mailing aan scholen): elk antwoord bewaart via welke link het binnenkwam, zodat monitoring en export per kanaal kunnen splitsen. Een gestopte link toont nieuwe deelnemers dat hij niet meer in gebruik is; wie al begonnen is, kan afmaken.",
    none: "Nog geen links.",
    colName: "Naam", colLink: "Link", colStarted: "Gestart", colFinished: "Afgerond", colStatus: "Status", colQr: "QR-code",
    active: "Actief", stopped: "Gestopt",
    toggleLabel: (isOpen: boolean, name: string) => `${isOpen ? "Stop" : "Start"} link ${name}`,
    stop: "Stoppen", start: "Starten",
    qrAlt: (name: string) => `QR-code van de link ${name}`,
    newLink: "Nieuwe link",
    name: "Naam", namePlaceholder: "bijv. LinkedIn of Nieuwsbrief mei", code: "Code in de link (?bron=…)", add: "Link toevoegen",
    added: (name: string) => `Toegevoegd: ${name}`,
    noSurvey: "Deze vragenlijst bestaat niet.",
  },
  en: {
    title: "Links",
    intro:
      "One link per channel (LinkedIn, newsletter, a mailing to schools): each response records which link it came in through, so monitoring and exports can split by channel. A stopped link tells new respondents that it is no longer in use; those who have already started can finish.",
    none: "No links yet.",
    colName: "Name", colLink: "Link", colStarted: "Started", colFinished: "Completed", colStatus: "Status", colQr: "QR code",
    active: "Active", stopped: "Stopped",
    toggleLabel: (isOpen: boolean, name: string) => `${isOpen ? "Stop" : "Start"} link ${name}`,
    stop: "Stop", start: "Start",
    qrAlt: (name: string) => `QR code for the link ${name}`,
    newLink: "New link",
    name: "Name", namePlaceholder: "e.g. LinkedIn or Newsletter May", code: "Code in the link (?bron=…)", add: "Add link",
    added: (name: string) => `Added: ${name}`,
    noSurvey: "This survey does not exist.",
  },
});

export const EXPERIMENT = catalogue({
  nl: {
    title: "Experiment",
    flowModes: { sequential: "Opeenvolgend (alle delen)", choice: "Keuze (een deel naar keuze)" } as Record<string, string>,
    versionLabel: (version: number, flow: string) => `Versie ${version}: ${flow}`,
    introBefore:
      "Vergelijk versies (bijvoorbeeld beide delen na elkaar tegen een deel naar keuze) door nieuwe deelnemers willekeurig toe te wijzen, naar de gewichten die je kiest en in evenwicht: per blok krijgt elke versie precies haar aandeel. Wie al begonnen is, houdt zijn versie, ook na het stoppen. De uitval per arm, met 95 %-intervallen en een toets, staat onder ",
    monitoring: "Monitoring",
    runningSince: (at: string) => `Loopt sinds ${at}`,
    assigned: (n: string, block: number) => `${n} nieuwe deelnemers toegewezen (blokken van ${block}).`,
    stop: "Experiment stoppen",
    unavailable: (n: number) => `Een experiment vergelijkt minstens twee open versies; deze vragenlijst heeft er ${n}. Zet een tweede versie open in survey.json.`,
    earlier: "Eerdere experimenten",
    version: (v: number) => `versie ${v}`, against: " tegen ", assignedShort: (n: string) => `${n} toegewezen`,
    arms: "Armen: de versies die nieuwe deelnemers krijgen, met hun gewicht",
    weight: "Gewicht (%)", weightLabel: (label: string) => `Gewicht ${label}`,
    start: "Experiment starten",
    noSurvey: "Deze vragenlijst bestaat niet.",
  },
  en: {
    title: "Experiment",
    flowModes: { sequential: "Sequential (all parts)", choice: "Choice (one part of choice)" } as Record<string, string>,
    versionLabel: (version: number, flow: string) => `Version ${version}: ${flow}`,
    introBefore:
      "Compare versions (for example both parts in turn against one part of choice) by assigning new respondents at random, by the weights you choose and balanced: in each block every version gets exactly its share. Respondents who have already started keep their version, also after stopping. Dropout per arm, with 95% intervals and a test, is under ",
    monitoring: "Monitoring",
    runningSince: (at: string) => `Running since ${at}`,
    assigned: (n: string, block: number) => `${n} new respondents assigned (blocks of ${block}).`,
    stop: "Stop experiment",
    unavailable: (n: number) => `An experiment compares at least two open versions; this survey has ${n}. Open a second version in survey.json.`,
    earlier: "Earlier experiments",
    version: (v: number) => `version ${v}`, against: " versus ", assignedShort: (n: string) => `${n} assigned`,
    arms: "Arms: the versions new respondents get, with their weight",
    weight: "Weight (%)", weightLabel: (label: string) => `Weight ${label}`,
    start: "Start experiment",
    noSurvey: "This survey does not exist.",
  },
});

export const RAFFLE = catalogue({
  nl: {
    title: "Verloting",
    entries: (n: number) => `${n === 1 ? "inzending" : "inzendingen"} sinds de laatste trekking.`,
    intro:
      "De inzendingen (alleen e-mailadressen) zijn niet te koppelen aan antwoorden. De trekking is na te rekenen: elk adres krijgt de score sha256(seed + regeleinde + adres); de laagste scores winnen. Na de trekking worden alle inzendingen verwijderd; de seed, het aantal inzendingen en een vingerafdruk van de lijst blijven bewaard en staan in het auditlog.",
    draws: "Trekkingen", none: "Nog geen trekkingen.",
    colDrawn: "Getrokken", colSeed: "Seed", colEntries: "Inzendingen", colWinners: "Winnaars", colAddresses: "Adressen",
    hashTitle: (hash: string) => `sha256 van de gesorteerde lijst: ${hash}`,
    deletedOn: (at: string) => `verwijderd op ${at}`,
    winnersCsv: "Winnaars (CSV)", deleteAddresses: "Adressen verwijderen",
    winners: "Aantal winnaars", seed: "Seed (optioneel, bijv. vooraf bekendgemaakt)", seedPlaceholder: "leeg: wordt gegenereerd",
    confirmLabel: (n: number) => `Na de trekking worden alle ${n} inzendingen verwijderd`,
    draw: "Winnaars trekken",
    drawnBefore: (n: number) => `Getrokken: ${n} winnaar(s) met seed `,
    confirm: "Bevestig dat alle inzendingen na de trekking worden verwijderd.",
    noSurvey: "Deze vragenlijst bestaat niet.",
  },
  en: {
    title: "Raffle",
    entries: (n: number) => `${n === 1 ? "entry" : "entries"} since the last draw.`,
    intro:
      "The entries (e-mail addresses only) cannot be linked to responses. The draw can be verified: each address gets the score sha256(seed + line break + address); the lowest scores win. After the draw all entries are deleted; the seed, the number of entries and a fingerprint of the list are kept and appear in the audit log.",
    draws: "Draws", none: "No draws yet.",
    colDrawn: "Drawn", colSeed: "Seed", colEntries: "Entries", colWinners: "Winners", colAddresses: "Addresses",
    hashTitle: (hash: string) => `sha256 of the sorted list: ${hash}`,
    deletedOn: (at: string) => `deleted on ${at}`,
    winnersCsv: "Winners (CSV)", deleteAddresses: "Delete addresses",
    winners: "Number of winners", seed: "Seed (optional, e.g. announced in advance)", seedPlaceholder: "empty: generated",
    confirmLabel: (n: number) => `After the draw all ${n} entries will be deleted`,
    draw: "Draw winners",
    drawnBefore: (n: number) => `Drawn: ${n} winner(s) with seed `,
    confirm: "Confirm that all entries will be deleted after the draw.",
    noSurvey: "This survey does not exist.",
  },
});

export const SHARE = catalogue({
  nl: {
    title: "Delen",
    intro:
      "Een deellink toont de resultaten alleen-lezen aan iemand zonder account: de figuren en tabellen met aantallen, geen monitoring, export of losse antwoorden. Trek een link in zodra hij niet meer nodig is; wie hem opent, komt in het logboek.",
    invalidFilter: (error: string) => `Ongeldige filter genegeerd: ${error}`,
    free: "vrij te kiezen",
    links: "Deellinks", none: "Nog geen deellinks.",
    colLink: "Link", colFilters: "Filters", colCreated: "Gemaakt", colValid: "Geldig t/m", colLastOpened: "Laatst geopend",
    noLabel: "(geen omschrijving)",
    status: { active: "actief", expired: "verlopen", revoked: "ingetrokken" },
    revokeLabel: (label: string | null) => (label ? `Deellink ${label} intrekken` : "Deellink zonder omschrijving intrekken"),
    revoke: "Intrekken", by: (name: string) => ` door ${name}`, unlimited: "onbeperkt", never: "nooit",
    newLink: "Nieuwe deellink",
    label: "Omschrijving (optioneel, ook te zien voor wie de link opent)", labelPlaceholder: "bijv. Stuurgroep december",
    expires: "Geldig tot en met (optioneel)",
    fixFilters: (text: string) => `Filters vastleggen: ${text}`,
    freeHint: "Zonder vastgelegde filters kan wie de link heeft zelf filters kiezen.",
    make: "Link maken",
    made: "Link gemaakt.", copyNow: "Kopieer hem nu: hij wordt niet bewaard en is hierna niet meer te zien.",
    newUrl: "De nieuwe deellink", copied: "Gekopieerd", copy: "Kopiëren",
    noSurvey: "Deze vragenlijst bestaat niet.",
    invalidQuery: (issues: string) => `Ongeldige filter: ${issues}`,
  },
  en: {
    title: "Share",
    intro:
      "A share link shows the results read-only to someone without an account: the figures and tables with counts, no monitoring, exports or individual responses. Revoke a link as soon as it is no longer needed; whoever opens it is logged.",
    invalidFilter: (error: string) => `Invalid filter ignored: ${error}`,
    free: "free to choose",
    links: "Share links", none: "No share links yet.",
    colLink: "Link", colFilters: "Filters", colCreated: "Created", colValid: "Valid until", colLastOpened: "Last opened",
    noLabel: "(no description)",
    status: { active: "active", expired: "expired", revoked: "revoked" },
    revokeLabel: (label: string | null) => (label ? `Revoke share link ${label}` : "Revoke share link without description"),
    revoke: "Revoke", by: (name: string) => ` by ${name}`, unlimited: "no end date", never: "never",
    newLink: "New share link",
    label: "Description (optional, also shown to whoever opens the link)", labelPlaceholder: "e.g. Steering group December",
    expires: "Valid until and including (optional)",
    fixFilters: (text: string) => `Fix the filters: ${text}`,
    freeHint: "Without fixed filters, whoever has the link can choose filters themselves.",
    make: "Create link",
    made: "Link created.", copyNow: "Copy it now: it is not stored and cannot be shown again.",
    newUrl: "The new share link", copied: "Copied", copy: "Copy",
    noSurvey: "This survey does not exist.",
    invalidQuery: (issues: string) => `Invalid filter: ${issues}`,
  },
});

export const FIELDWORK = catalogue({
  nl: {
    modeAuto: "Volgens datums en limiet", modeOpen: "Open (met de hand)", modeClosed: "Gesloten (met de hand)",
    fieldwork: "Veldwerk:", started: (n: number) => ` · ${n} gestart`,
    newRespondents: "Nieuwe deelnemers", opensAt: "Openen op", closesAt: "Sluiten op", limit: "Limiet (gestarte antwoorden)",
    timesHint: (tz: string) => `Tijden in ${tz}. Wie al begonnen is, kan altijd afmaken; een gesloten vragenlijst toont nieuwe deelnemers een melding.`,
    save: "Opslaan", saved: "Opgeslagen.",
    noSurvey: "Deze vragenlijst bestaat niet.",
  },
  en: {
    modeAuto: "By dates and limit", modeOpen: "Open (by hand)", modeClosed: "Closed (by hand)",
    fieldwork: "Fieldwork:", started: (n: number) => ` · ${n} started`,
    newRespondents: "New respondents", opensAt: "Opens at", closesAt: "Closes at", limit: "Limit (started responses)",
    timesHint: (tz: string) => `Times in ${tz}. Respondents who have already started can always finish; a closed survey shows new respondents a message.`,
    save: "Save", saved: "Saved.",
    noSurvey: "This survey does not exist.",
  },
});
