import { catalogue } from "../admin";

/**
 * Parts shared by the monitoring, results and all-questions pages: the filter form, the live
 * status, loading placeholders, chart downloads and the dropout comparison tables.
 */
export const DASHBOARD = catalogue({
  nl: {
    loading: "Laden…", invalidFilter: "Ongeldige filter genegeerd:",
    widgetFailed: (title: string) =>
      `${title} kon niet worden geladen. Vernieuw de pagina om het opnieuw te proberen; blijft het misgaan, meld het dan aan de beheerder.`,
    // LiveRefresh
    live: "Live", liveChecked: (at: string) => `Live · gecontroleerd ${at}`, liveOff: "Live bijwerken onderbroken, nieuwe poging…",
    // ChartExport
    downloadAs: "Figuur downloaden als", downloadFailed: "Downloaden lukte niet. Probeer het opnieuw.",
    asPng: (title: string) => `${title}: als PNG downloaden`, asSvg: (title: string) => `${title}: als SVG downloaden`,
    // FilterForm
    filters: "Filters", wave: "Wave", none: "geen", version: "Versie", all: "Alle", flow: "Verloop", both: "Beide",
    flowSequential: "Opeenvolgend (alle delen)", flowChoice: "Keuze (een deel naar keuze)",
    groupBy: "Uitsplitsen naar", noSplit: "Niet uitsplitsen", period: "Gestart in periode", from: "vanaf", to: "tot en met",
    alsoPartial: "Ook gedeeltelijk ingevulde antwoorden", alsoExcluded: "Ook uitgesloten antwoorden", alsoTest: "Ook testantwoorden",
    apply: "Toepassen", clear: "Wissen", whoCounts: "Wie telt mee",
    basePartial: "Ook gedeeltelijk ingevulde antwoorden: wie de vraag beantwoordde",
    baseFinished: "Alleen afgeronde antwoorden (per deel: wie dat deel afrondde)",
    groupMean: "Gemiddelde van een groep stellingen", groupMeanItems: "Gemiddelde van de itemgemiddelden", groupMeanPooled: "Alle beoordelingen samen",
    groupTotal: "Totaal", groupWave: "Wave", groupFlow: "Verloop", groupVersion: "Versie", groupSource: "Bron (link)",
    // GroupComparison
    notTestedFew: "Niet getoetst: minder dan twee groepen met deelnemers.",
    notTested: (name: string, why: string) => `Niet getoetst (${name}): ${why}`,
    differenceIn: (what: string, name: string) => `Verschil in ${what}: ${name}, `,
    significant: "(verschil bij 5 %)", notSignificant: "(geen aantoonbaar verschil bij 5 %)",
    stoppedOf: (stopped: string, reached: string) => `${stopped} van ${reached}: `,
    dropoutCaption: (group: string) => `Uitval per ${group} (gestart, niet afgerond), met 95 %-betrouwbaarheidsinterval (Wilson)`,
    started: "Gestart", finished: "Afgerond", dropout: "Uitval", interval95: "95 %-interval", dropoutWord: "uitval",
    smallMarked: "Gemarkeerd: minder dan 30 gestart; het interval is breed.", dropoutPerPage: "Uitval per pagina",
    pagesCaption: "Per pagina: gestopt op de pagina van wie hem bereikte, met 95 %-interval; de toets vergelijkt de groepen",
    page: "Pagina", test: "Toets",
  },
  en: {
    loading: "Loading…", invalidFilter: "Invalid filter ignored:",
    widgetFailed: (title: string) =>
      `${title} could not be loaded. Refresh the page to try again; if it keeps failing, please tell the administrator.`,
    live: "Live", liveChecked: (at: string) => `Live · checked ${at}`, liveOff: "Live updates interrupted, trying again…",
    downloadAs: "Download figure as", downloadFailed: "The download failed. Please try again.",
    asPng: (title: string) => `${title}: download as PNG`, asSvg: (title: string) => `${title}: download as SVG`,
    filters: "Filters", wave: "Wave", none: "none", version: "Version", all: "All", flow: "Route", both: "Both",
    flowSequential: "Sequential (all parts)", flowChoice: "Choice (one part of their choice)",
    groupBy: "Break down by", noSplit: "No breakdown", period: "Started in period", from: "from", to: "up to and including",
    alsoPartial: "Include partial responses", alsoExcluded: "Include excluded responses", alsoTest: "Include test responses",
    apply: "Apply", clear: "Clear", whoCounts: "Who is counted",
    basePartial: "Partial responses too: everyone who answered the question",
    baseFinished: "Completed responses only (per part: those who completed that part)",
    groupMean: "Mean of a group of statements", groupMeanItems: "Mean of the item means", groupMeanPooled: "All ratings pooled",
    groupTotal: "Total", groupWave: "Wave", groupFlow: "Route", groupVersion: "Version", groupSource: "Source (link)",
    notTestedFew: "Not tested: fewer than two groups with participants.",
    notTested: (name: string, why: string) => `Not tested (${name}): ${why}`,
    differenceIn: (what: string, name: string) => `Difference in ${what}: ${name}, `,
    significant: "(significant at 5 %)", notSignificant: "(no significant difference at 5 %)",
    stoppedOf: (stopped: string, reached: string) => `${stopped} of ${reached}: `,
    dropoutCaption: (group: string) => `Dropout per ${group} (started, not completed), with 95 % confidence interval (Wilson)`,
    started: "Started", finished: "Completed", dropout: "Dropout", interval95: "95 % interval", dropoutWord: "dropout",
    smallMarked: "Marked: fewer than 30 started; the interval is wide.", dropoutPerPage: "Dropout per page",
    pagesCaption: "Per page: stopped on the page, of those who reached it, with 95 % interval; the test compares the groups",
    page: "Page", test: "Test",
  },
});
