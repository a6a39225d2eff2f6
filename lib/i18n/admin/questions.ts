import { catalogue } from "../admin";

/** All questions: every question summarised by its type, and one open question's answers. */
export const QUESTIONS = catalogue({
  nl: {
    title: "Alle vragen", thisPage: "Deze pagina", pagesNav: "Pagina's van de vragenlijst",
    introBefore: "Elke vraag van de vragenlijst met een samenvatting naar soort vraag.", seenWord: "Gezien",
    seenText: ": wie de pagina van de vraag opsloeg terwijl de vraag getoond werd;", skippedWord: "overgeslagen", skippedText: ": gezien maar niet beantwoord.",
    inclPartial: "Inclusief gedeeltelijk ingevulde antwoorden.", onlyFinished: "Alleen afgeronde antwoorden (per deel: wie dat deel heeft afgerond).",
    // Question card
    kindChoice: "Eén antwoord", kindChoices: "Meer antwoorden", kindRanking: "Rangorde", kindScale: "Schaal", kindNumber: "Getal", kindText: "Open vraag",
    seen: "Gezien:", answered: "Beantwoord:", skipped: "Overgeslagen:",
    answer: "Antwoord", count: "Aantal", couldChoose: "Kon kiezen",
    pctOfSeen: "%: van wie de vraag zag", pctCouldChoose: " en het antwoord kon kiezen (kolom “Kon kiezen”)",
    eachChose: (atMost: boolean, top: number) => `; elke respondent koos er ${atMost ? "hoogstens " : ""}${top}`, pctOfAnswered: "%: van wie de vraag beantwoordde.",
    inTop: (n: number) => `In top ${n}`, pctInTop: (n: number) => `% in top ${n}`, meanRank: "Gemiddelde rang", nRanked: "n gerangschikt",
    scaleCaption: (title: string) => `${title}: overgeslagen, N, gemiddelde, SD, mediaan en aantal per antwoord`,
    row: "Rij", question: "Vraag", skippedHead: "Overgeslagen", mean: "Gemiddelde", median: "Mediaan", of: (n: string) => `van ${n}`,
    missingNote: ": telt als antwoord, niet mee in N, gemiddelde, SD en mediaan.",
    meanColon: "Gemiddelde:", medianColon: "Mediaan:", range: "Bereik:", distribution: (title: string) => `${title}: verdeling`, value: "Waarde",
    nobodySaw: "Nog niemand kreeg deze vraag te zien in deze selectie.", readAnswers: "Lees de antwoorden", readOther: "Lees de antwoorden bij “anders, namelijk”",
    // Open answers
    openTitle: "Open antwoorden", backToAll: "← Alle vragen", searchLabel: "Zoeken in de antwoorden", searchField: "Zoek in de antwoorden",
    search: "Zoeken", clear: "Wissen", csv: "Download als CSV",
    noneWith: (q: string) => `Geen antwoorden met “${q}”.`, noneYet: "Nog geen antwoorden voor deze selectie.",
    total: (n: string, one: boolean, q: string, from: string, to: string) =>
      `${n} ${one ? "antwoord" : "antwoorden"}${q ? ` met “${q}”` : ""}; ${from}–${to} getoond, nieuwste eerst.`,
    answersTo: (title: string) => `Antwoorden op ${title}`, date: "Datum", wave: "Wave", source: "Bron", response: "Respons",
    pagesOfAnswers: "Pagina's met antwoorden", newer: "← Nieuwer", older: "Ouder →", pageOf: (p: string, n: string) => `Pagina ${p} van ${n}`,
  },
  en: {
    title: "All questions", thisPage: "This page", pagesNav: "Pages of the questionnaire",
    introBefore: "Every question of the questionnaire with a summary by question type.", seenWord: "Seen",
    seenText: ": those who saved the question's page while the question was shown;", skippedWord: "skipped", skippedText: ": seen but not answered.",
    inclPartial: "Including partial responses.", onlyFinished: "Completed responses only (per part: those who completed that part).",
    kindChoice: "Single answer", kindChoices: "Multiple answers", kindRanking: "Ranking", kindScale: "Scale", kindNumber: "Number", kindText: "Open question",
    seen: "Seen:", answered: "Answered:", skipped: "Skipped:",
    answer: "Answer", count: "Count", couldChoose: "Could choose",
    pctOfSeen: "%: of those who saw the question", pctCouldChoose: " and could choose the answer (column “Could choose”)",
    eachChose: (atMost: boolean, top: number) => `; each respondent chose ${atMost ? "at most " : ""}${top}`, pctOfAnswered: "%: of those who answered the question.",
    inTop: (n: number) => `In top ${n}`, pctInTop: (n: number) => `% in top ${n}`, meanRank: "Mean rank", nRanked: "n ranked",
    scaleCaption: (title: string) => `${title}: skipped, N, mean, SD, median and count per answer`,
    row: "Row", question: "Question", skippedHead: "Skipped", mean: "Mean", median: "Median", of: (n: string) => `of ${n}`,
    missingNote: ": counts as an answer, not included in N, mean, SD and median.",
    meanColon: "Mean:", medianColon: "Median:", range: "Range:", distribution: (title: string) => `${title}: distribution`, value: "Value",
    nobodySaw: "Nobody has been shown this question in this selection yet.", readAnswers: "Read the answers", readOther: "Read the answers to “other, namely”",
    openTitle: "Open answers", backToAll: "← All questions", searchLabel: "Search the answers", searchField: "Search in the answers",
    search: "Search", clear: "Clear", csv: "Download as CSV",
    noneWith: (q: string) => `No answers containing “${q}”.`, noneYet: "No answers for this selection yet.",
    total: (n: string, one: boolean, q: string, from: string, to: string) =>
      `${n} ${one ? "answer" : "answers"}${q ? ` containing “${q}”` : ""}; ${from}–${to} shown, newest first.`,
    answersTo: (title: string) => `Answers to ${title}`, date: "Date", wave: "Wave", source: "Source", response: "Response",
    pagesOfAnswers: "Pages of answers", newer: "← Newer", older: "Older →", pageOf: (p: string, n: string) => `Page ${p} of ${n}`,
  },
});
