import { catalogue } from "../admin";

/** The results page: report, toolbar, saved views, figures and ranking tables, the comparison ("Vergelijk op"). */
export const RESULTS = catalogue({
  nl: {
    title: "Resultaten", thisSection: "Dit onderdeel",
    basePartial:
      "Wie telt mee: iedereen die de vraag beantwoordde, ook wie de vragenlijst niet afrondde (zoals de vraagoverzichten van SurveyMonkey tellen). Dit is de standaard.",
    baseFinished: "Wie telt mee: alleen afgeronde antwoorden (per deel: wie dat deel heeft afgerond).",
    offeredNote: "Een aandeel bij een optie die niet iedereen te zien kreeg, is een aandeel van wie de optie te zien kreeg.",
    // Toolbar
    pdf: "PDF downloaden", share: "Deellink maken…", pdfNote: "De PDF toont deze pagina met de gekozen filters (maken duurt enkele seconden).",
    madeOn: (at: string) => `Gemaakt op ${at}`,
    // Saved views
    views: "Opgeslagen weergaven", noViews: "Nog geen opgeslagen weergaven.", deleteView: (name: string) => `Weergave ${name} verwijderen`,
    delete: "Verwijderen", viewName: "Naam van de weergave", viewPlaceholder: "bijv. Mbo 2023, incl. gedeeltelijk", saveView: "Weergave opslaan",
    savedView: (name: string) => `Opgeslagen: ${name}`, noSurvey: "Deze vragenlijst bestaat niet.", invalidFilter: (e: string) => `Ongeldige filter: ${e}`,
    // Figures
    smallGroup: (n: number) => `⚠ Kleine groep (N < ${n}`, smallGroupPanel: "Interpreteer met voorzichtigheid.",
    smallGroupFigure: "interpreteer deze uitkomst met voorzichtigheid.", smallGroupRank: "interpreteer de rangorde met voorzichtigheid.",
    noData: "Nog geen antwoorden voor deze selectie.", numbersTable: "Tabel met de cijfers", category: "Categorie",
    unitMean: "gemiddelde", unitCount: "aantal",
    // Compare
    compare: "Vergelijk op", invalidCompare: "Ongeldige vergelijking genegeerd:", theComparison: "De vergelijking",
    chooseComparison: "Vergelijking kiezen", question: "Vraag", chooseQuestion: "Kies een vraag…", chooseGrouping: "Kies een indeling…", compareButton: "Vergelijken",
    kindCategorical: "verdeling", kindShare: "aandeel", kindMean: "gemiddelde",
    notTested: (name: string, why: string) => `Niet getoetst (${name}): ${why}`, testName: (name: string) => `Toets: ${name}`,
    pairsCaption: (name: string, n: number, correction: string) => `Paarsgewijs: ${name}; p gecorrigeerd voor ${n} vergelijkingen volgens ${correction}`,
    groups: "Groepen", statistic: "Toetsgrootheid", pUncorrected: "p (ongecorrigeerd)", notTestedWhy: (why: string) => `Niet getoetst: ${why}`,
    groupCaption: (mean: boolean) => `Per groep: N, ${mean ? "gemiddelde" : "aandeel"} en 95%-betrouwbaarheidsinterval`,
    mean: "Gemiddelde", shareHead: "Aandeel", ci95: "95%-BI", yes: "ja",
    categoryCaption: "Per groep: % van de antwoorden (aantal) en 95%-betrouwbaarheidsinterval", answer: "Antwoord",
    comparedBy: (by: string) => `Vergeleken naar ${by}: N = `, baseShare: " (wie de vraag beantwoordde en de optie kreeg)", baseMean: " scores",
    ungrouped: (n: string, by: string) => `; ${n} zonder waarde voor ${by} tellen niet mee`, withinFilters: " Alleen wie binnen de filters hierboven valt.",
    notTestedFew: "Niet getoetst: minder dan twee groepen met antwoorden.",
    method:
      "95%-BI: betrouwbaarheidsinterval, voor aandelen volgens Wilson (score-interval), voor gemiddelden met de t-verdeling. Toetsen tweezijdig, zonder continuïteitscorrectie; bij meer dan twee groepen ook elk paar, met de p-waarde gecorrigeerd volgens Holm.",
    methodCategorical: " Antwoorden die niemand gaf tellen niet mee in de toets.",
  },
  en: {
    title: "Results", thisSection: "This section",
    basePartial:
      "Who is counted: everyone who answered the question, including those who did not complete the survey (as SurveyMonkey's question summaries count). This is the default.",
    baseFinished: "Who is counted: completed responses only (per part: those who completed that part).",
    offeredNote: "A share for an option that not everyone was shown is a share of those who were shown the option.",
    pdf: "Download PDF", share: "Create share link…", pdfNote: "The PDF shows this page with the chosen filters (it takes a few seconds to make).",
    madeOn: (at: string) => `Made on ${at}`,
    views: "Saved views", noViews: "No saved views yet.", deleteView: (name: string) => `Delete view ${name}`,
    delete: "Delete", viewName: "Name of the view", viewPlaceholder: "e.g. Mbo 2023, incl. partial", saveView: "Save view",
    savedView: (name: string) => `Saved: ${name}`, noSurvey: "This survey does not exist.", invalidFilter: (e: string) => `Invalid filter: ${e}`,
    smallGroup: (n: number) => `⚠ Small group (N < ${n}`, smallGroupPanel: "Interpret with caution.",
    smallGroupFigure: "interpret this result with caution.", smallGroupRank: "interpret the ranking with caution.",
    noData: "No responses for this selection yet.", numbersTable: "Table with the figures", category: "Category",
    unitMean: "mean", unitCount: "count",
    compare: "Compare by", invalidCompare: "Invalid comparison ignored:", theComparison: "The comparison",
    chooseComparison: "Choose a comparison", question: "Question", chooseQuestion: "Choose a question…", chooseGrouping: "Choose a grouping…", compareButton: "Compare",
    kindCategorical: "distribution", kindShare: "share", kindMean: "mean",
    notTested: (name: string, why: string) => `Not tested (${name}): ${why}`, testName: (name: string) => `Test: ${name}`,
    pairsCaption: (name: string, n: number, correction: string) => `Pairwise: ${name}; p corrected for ${n} comparisons using ${correction}`,
    groups: "Groups", statistic: "Test statistic", pUncorrected: "p (uncorrected)", notTestedWhy: (why: string) => `Not tested: ${why}`,
    groupCaption: (mean: boolean) => `Per group: N, ${mean ? "mean" : "share"} and 95% confidence interval`,
    mean: "Mean", shareHead: "Share", ci95: "95% CI", yes: "yes",
    categoryCaption: "Per group: % of responses (count) and 95% confidence interval", answer: "Answer",
    comparedBy: (by: string) => `Compared by ${by}: N = `, baseShare: " (those who answered the question and were offered the option)", baseMean: " scores",
    ungrouped: (n: string, by: string) => `; ${n} without a value for ${by} are not counted`, withinFilters: " Only those within the filters above.",
    notTestedFew: "Not tested: fewer than two groups with responses.",
    method:
      "95% CI: confidence interval, for shares by Wilson (score interval), for means with the t-distribution. Tests two-sided, without continuity correction; with more than two groups also each pair, with the p-value corrected by Holm.",
    methodCategorical: " Answers that nobody gave do not count in the test.",
  },
});
