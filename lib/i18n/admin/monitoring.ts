import { catalogue } from "../admin";

/** The monitoring page (fieldwork): totals, funnel, experiment, per day, trend, times, breakdowns, the fieldwork panel. */
export const MONITORING = catalogue({
  nl: {
    title: "Monitoring veldwerk", metaTitle: "Monitoring",
    scopeFiltered: "Gefilterd: alle cijfers hieronder gelden voor de gekozen selectie.", scopeAll: "Alle live antwoorden.",
    scopeNote: "Gedeeltelijk ingevulde antwoorden tellen altijd mee; geïmporteerde waves hebben geen paginaverloop.",
    wTotals: "De totalen", wFunnel: "De trechter", wExperiment: "Het experiment", wBeforeAfter: "Voor en na de wissel",
    wPerDay: "Het verloop per dag", wTrend: "De respons cumulatief", wCompletion: "De invultijd", wPageTimes: "De tijd per pagina", wBreakdown: "De uitsplitsing",
    // Totals
    totals: "Totalen", started: "Gestart", finished: "Afgerond", finishRate: "Afrondingspercentage", partFinished: (p: string) => `${p}: afgerond`,
    byVersion: "Per versie en verloop", version: "Versie", finishing: "Afronding", partDone: (p: string) => `${p}: af`,
    // Per day, trend
    perDay: "Antwoorden per dag", perDayFile: "antwoorden-per-dag", noResponses: "Nog geen antwoorden.", perDayTable: "Tabel per dag",
    perDayCaption: "Gestart en afgerond per dag", day: "Dag", lineStarted: "gestart", lineFinished: "afgerond",
    trend: "Respons cumulatief, per bron", trendFile: "respons-cumulatief", trendTable: "Tabel cumulatief",
    trendCaption: "Gestart en afgerond tot en met elke dag, en gestart per bron", via: (s: string) => `via ${s}`,
    lineStartedTotal: "gestart (totaal)", lineFinishedTotal: "afgerond (totaal)", lineStartedVia: (s: string) => `gestart via ${s}`,
    // Times
    medianTime: "Mediane invultijd", medianTimeCaption: "Mediane tijd van start tot afronden", group: "Groep", median: "Mediaan",
    noneFinished: "Nog niemand heeft afgerond.", pageTime: "Mediane tijd per pagina", page: "Pagina", noPages: "Nog geen pagina's verzonden.",
    breakdown: "Herkomst en achtergrond",
    // Funnel
    funnel: "Uitval per pagina",
    funnelIntro:
      "Per route: wie een deel kiest, volgt alleen de pagina's van dat deel. Bereikt = kwam minstens tot deze pagina (verzonden of er nu op). Gestopt hier = niet afgerond en niet verder gekomen. Afgerond = afgeronde antwoorden, zoals in de totalen. Wat na het afronden komt (verloting, bedankpagina, een extra deel) telt alleen afgeronde antwoorden.",
    reached: "Bereikt", closedHere: "Gesloten hier", stoppedHere: "Gestopt hier", pctClosed: "% gesloten", pctDropout: "% uitval",
    armStarted: "gestart", armFinished: "afgerond",
    // Experiment, before/after
    experiment: "Experiment", stopped: "(gestopt)", running: "(loopt)", versionN: (v: number) => `versie ${v}`, against: " tegen ",
    experimentStarted: (at: string) => `Gestart ${at}`, experimentStopped: (at: string) => `, gestopt ${at}`,
    assigned: (n: string, block: number) => `${n} nieuwe deelnemers willekeurig toegewezen in blokken van ${block}. De filters hierboven gelden hier niet.`,
    arm: "Arm", beforeAfter: "Voor en na de wissel van versie",
    beforeAfterIntro:
      "Deelnemers buiten een experiment, per versie in de volgorde waarin ze begonnen. Niet willekeurig toegewezen: een verschil kan ook aan de periode liggen. De filters hierboven gelden hier niet.",
    startedPeriod: (first: string, last: string) => `gestart ${first} – ${last}`,
  },
  en: {
    title: "Fieldwork monitoring", metaTitle: "Monitoring",
    scopeFiltered: "Filtered: all figures below are for the chosen selection.", scopeAll: "All live responses.",
    scopeNote: "Partial responses always count; imported waves have no page progress.",
    wTotals: "The totals", wFunnel: "The funnel", wExperiment: "The experiment", wBeforeAfter: "Before and after the switch",
    wPerDay: "The progress per day", wTrend: "The cumulative response", wCompletion: "The completion time", wPageTimes: "The time per page", wBreakdown: "The breakdown",
    totals: "Totals", started: "Started", finished: "Completed", finishRate: "Completion rate", partFinished: (p: string) => `${p}: completed`,
    byVersion: "Per version and route", version: "Version", finishing: "Completion", partDone: (p: string) => `${p}: done`,
    perDay: "Responses per day", perDayFile: "responses-per-day", noResponses: "No responses yet.", perDayTable: "Table per day",
    perDayCaption: "Started and completed per day", day: "Day", lineStarted: "started", lineFinished: "completed",
    trend: "Cumulative response, per source", trendFile: "cumulative-response", trendTable: "Cumulative table",
    trendCaption: "Started and completed up to each day, and started per source", via: (s: string) => `via ${s}`,
    lineStartedTotal: "started (total)", lineFinishedTotal: "completed (total)", lineStartedVia: (s: string) => `started via ${s}`,
    medianTime: "Median completion time", medianTimeCaption: "Median time from start to completion", group: "Group", median: "Median",
    noneFinished: "Nobody has completed yet.", pageTime: "Median time per page", page: "Page", noPages: "No pages submitted yet.",
    breakdown: "Source and background",
    funnel: "Dropout per page",
    funnelIntro:
      "Per route: those who choose a part only follow that part's pages. Reached = got at least as far as this page (submitted or on it now). Stopped here = not completed and got no further. Completed = completed responses, as in the totals. What comes after completion (prize draw, thank-you page, an extra part) counts completed responses only.",
    reached: "Reached", closedHere: "Closed here", stoppedHere: "Stopped here", pctClosed: "% closed", pctDropout: "% dropout",
    armStarted: "started", armFinished: "completed",
    experiment: "Experiment", stopped: "(stopped)", running: "(running)", versionN: (v: number) => `version ${v}`, against: " versus ",
    experimentStarted: (at: string) => `Started ${at}`, experimentStopped: (at: string) => `, stopped ${at}`,
    assigned: (n: string, block: number) => `${n} new participants randomly assigned in blocks of ${block}. The filters above do not apply here.`,
    arm: "Arm", beforeAfter: "Before and after the version switch",
    beforeAfterIntro:
      "Participants outside an experiment, per version in the order in which they started. Not randomly assigned: a difference may also be due to the period. The filters above do not apply here.",
    startedPeriod: (first: string, last: string) => `started ${first} – ${last}`,
  },
});
