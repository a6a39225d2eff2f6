/**
 * The respondent interface's own texts (buttons, progress, notices) in Dutch and English. The
 * questionnaire's texts are the version's (lib/survey/i18n/texts.ts); a language without a
 * catalogue here gets the English interface. Small on purpose: it is in the respondent's bundle.
 */
const NL = {
  start: "Start",
  next: "Volgende",
  previous: "Vorige",
  saving: "Opslaan…",
  loading: "Vragenlijst laden…",
  done: "Klaar",
  step: (i: number, n: number) => `Stap ${i} van ${n}`,
  partStep: (i: number, n: number) => `Deel ${i} van ${n}`,
  aboutMinutes: (m: number) => `ongeveer ${m} minuten`,
  duration: (m: number) => `Invullen duurt ongeveer ${m} minuten.`,
  durationRange: (a: number, b: number) => `Invullen duurt ongeveer ${a} tot ${b} minuten, afhankelijk van het deel dat je kiest.`,
  voluntary: "helemaal vrijwillig",
  alsoPart: (name: string) => `Ja, ik vul ook ${name} in`,
  onWithPart: "Verder met het gekozen deel",
  notAllValid: "Nog niet alles is goed ingevuld. Bekijk de meldingen bij de vragen.",
  retrying: "Opslaan mislukt, we proberen het opnieuw… Je antwoorden blijven staan.",
  reloadLatest: "Laad de laatst opgeslagen antwoorden",
  loadFailed: "De vragenlijst kon niet worden geladen. Controleer je internetverbinding.",
  tryAgain: "Probeer opnieuw",
  noScript: "Om deze vragenlijst in te vullen is JavaScript nodig. Zet JavaScript aan in je browser en laad de pagina opnieuw.",
  noStorage: "Je browser staat niet toe dat deze site iets bewaart. Je antwoorden worden wel opgeslagen; bewaar de link onder \"Later verder?\" om terug te komen.",
  offline: "Geen verbinding met de server. We proberen het steeds opnieuw, ook zodra je weer online bent; je eerdere antwoorden zijn veilig.",
  notFoundAgain: "We konden je eerdere antwoorden niet terugvinden. Je begint opnieuw.",
  resumeSummary: "Later verder? Bewaar deze link",
  resumeHelp: "Met deze persoonlijke link ga je later verder waar je gebleven was, ook op een ander apparaat. Deel hem niet: wie de link heeft, kan je antwoorden zien en wijzigen.",
  resumeShareTitle: "Later verder met de vragenlijst",
  copyLink: "Kopieer link",
  copied: "Gekopieerd",
  linkCopied: "De link is gekopieerd.",
  selectLink: "Selecteer en kopieer de link hierboven (lang indrukken op een telefoon).",
  continuing: "Je gaat verder waar je gebleven was. Ben jij iemand anders? ",
  newParticipant: "Nieuwe deelnemer",
  startAsNew: "Begin als nieuwe deelnemer",
  newAfterFinish: "De antwoorden hierboven zijn opgeslagen. De volgende deelnemer begint met een lege vragenlijst.",
  newMidway: "De antwoorden tot nu toe blijven opgeslagen; wie ze gaf, kan alleen nog verder met de eigen link onder \"Later verder?\".",
  confirmNew: "Ja, begin een nieuwe vragenlijst",
  cancel: "Annuleren",
  closedStarted: "Al begonnen op dit apparaat of met je link om later verder te gaan? Dan kun je gewoon afmaken.",
  choose: "Kies…",
  namely: "Namelijk:",
  notChosen: "Nog niet gekozen",
  chosen: (v: string) => `Gekozen: ${v}`,
  clear: "Wis",
  clearAnswerFor: (text: string) => ` antwoord bij: ${text}`,
  slidersHelp: "Een stelling die je niet aanraakt, blijft leeg. Met ‘Wis’ maak je een keuze ongedaan.",
  gridOpen: (n: number) => `${n} nog niet beantwoord — toch verder?`,
  gridOpenHelp: "Je mag een rij openlaten: kies dan nog een keer Volgende.",
  gridCount: (a: number, n: number) => `${a} van ${n} beantwoord`,
  gridFirstOpen: "Naar de eerste open rij",
  mayStayEmpty: "Dit veld mag leeg blijven.",
  rankingHelp: "Zet de antwoorden in volgorde: bovenaan staat wat voor jou op de eerste plaats komt.",
  rankedAt: (label: string, at: number, n: number) => `${label} staat nu op plaats ${at} van ${n}.`,
  higher: (label: string) => `${label} hoger`,
  lower: (label: string) => `${label} lager`,
};
type TMessages = typeof NL;

const EN: TMessages = {
  start: "Start",
  next: "Next",
  previous: "Previous",
  saving: "Saving…",
  loading: "Loading the questionnaire…",
  done: "Done",
  step: (i, n) => `Step ${i} of ${n}`,
  partStep: (i, n) => `Part ${i} of ${n}`,
  aboutMinutes: (m) => `about ${m} minutes`,
  duration: (m) => `Filling in takes about ${m} minutes.`,
  durationRange: (a, b) => `Filling in takes about ${a} to ${b} minutes, depending on the part you choose.`,
  voluntary: "entirely voluntary",
  alsoPart: (name) => `Yes, I will also fill in ${name}`,
  onWithPart: "Continue with the chosen part",
  notAllValid: "Not everything is filled in correctly yet. See the messages at the questions.",
  retrying: "Saving failed, we are trying again… Your answers stay where they are.",
  reloadLatest: "Load the answers saved last",
  loadFailed: "The questionnaire could not be loaded. Check your internet connection.",
  tryAgain: "Try again",
  noScript: "This questionnaire needs JavaScript. Turn on JavaScript in your browser and reload the page.",
  noStorage: "Your browser does not let this site store anything. Your answers are saved; keep the link under \"Continue later?\" to come back.",
  offline: "No connection to the server. We keep trying, also as soon as you are online again; your earlier answers are safe.",
  notFoundAgain: "We could not find your earlier answers. You start again.",
  resumeSummary: "Continue later? Keep this link",
  resumeHelp: "With this personal link you continue later where you left off, also on another device. Do not share it: whoever has the link can see and change your answers.",
  resumeShareTitle: "Continue the questionnaire later",
  copyLink: "Copy link",
  copied: "Copied",
  linkCopied: "The link has been copied.",
  selectLink: "Select and copy the link above (press and hold on a phone).",
  continuing: "You continue where you left off. Are you someone else? ",
  newParticipant: "New participant",
  startAsNew: "Start as a new participant",
  newAfterFinish: "The answers above have been saved. The next participant starts with an empty questionnaire.",
  newMidway: "The answers so far stay saved; whoever gave them can only continue with their own link under \"Continue later?\".",
  confirmNew: "Yes, start a new questionnaire",
  cancel: "Cancel",
  closedStarted: "Already started on this device or with your link to continue later? Then you can simply finish.",
  choose: "Choose…",
  namely: "Namely:",
  notChosen: "Not chosen yet",
  chosen: (v) => `Chosen: ${v}`,
  clear: "Clear",
  clearAnswerFor: (text) => ` answer to: ${text}`,
  slidersHelp: "A statement you do not touch stays empty. ‘Clear’ undoes a choice.",
  gridOpen: (n) => `${n} not answered yet — continue anyway?`,
  gridOpenHelp: "You may leave a row open: then choose Next once more.",
  gridCount: (a, n) => `${a} of ${n} answered`,
  gridFirstOpen: "To the first open row",
  mayStayEmpty: "You may leave this field empty.",
  rankingHelp: "Put the answers in order: at the top is what comes first for you.",
  rankedAt: (label, at, n) => `${label} is now in place ${at} of ${n}.`,
  higher: (label) => `${label} higher`,
  lower: (label) => `${label} lower`,
};

export function messages(lang: string | undefined): TMessages {
  return !lang || lang === "nl" ? NL : EN;
}

/** Names of languages in their own language, for the language switch. */
export const LANGUAGE_NAMES: Record<string, string> = {
  nl: "Nederlands", en: "English", de: "Deutsch", fr: "Français", es: "Español", it: "Italiano", pl: "Polski",
  pt: "Português", tr: "Türkçe", ar: "العربية", uk: "Українська", fy: "Frysk",
};

/**
 * The element modules' validation messages (Dutch, lib/survey/elements) and the closed notices in English: the exact
 * texts, and patterns for those with a number. A message not known here is shown as it is.
 */
const EN_VALIDATION: Record<string, string> = {
  "Kies een antwoord.": "Choose an answer.",
  "Kies een waarde.": "Choose a value.",
  "Kies een hele waarde.": "Choose a whole value.",
  "Vul een getal in.": "Enter a number.",
  "Vul een heel getal in.": "Enter a whole number.",
  "Vul dit in.": "Please fill this in.",
  "Vul een geldig e-mailadres in of laat het veld leeg.": "Enter a valid e-mail address or leave the field empty.",
  "Zet alle antwoorden in een volgorde.": "Put all answers in an order.",
  "Elk antwoord maar één keer.": "Each answer only once.",
  "Kies elk antwoord maar één keer.": "Choose each answer only once.",
  "Kies minstens één antwoord.": "Choose at least one answer.",
  "Vul in wat je bedoelt met 'anders'.": "Fill in what you mean by 'other'.",
  "Geef toestemming om verder te gaan.": "Give your consent to continue.",
  "Onbekend antwoord.": "Unknown answer.",
  "Deze vragenlijst is gesloten. Bedankt voor je belangstelling!": "This questionnaire is closed. Thank you for your interest!",
  "Deze vragenlijst is gesloten: het gewenste aantal deelnemers is bereikt. Bedankt voor je belangstelling!":
    "This questionnaire is closed: the number of participants wanted has been reached. Thank you for your interest!",
  "Deze link is niet meer in gebruik. Bedankt voor je belangstelling!": "This link is no longer in use. Thank you for your interest!",
  "Dit antwoord bestaat niet (meer). Begin opnieuw.": "This response does not exist (any more). Start again.",
  "Deze antwoorden zijn al vervangen door nieuwere (andere tab of ander apparaat). Laad de pagina opnieuw.":
    "These answers have already been replaced by newer ones (another tab or device). Reload the page.",
  "Deze antwoorden zijn tegelijk op een andere plek opgeslagen. Laad de pagina opnieuw.": "These answers were saved elsewhere at the same time. Reload the page.",
  "Dit antwoord hoort bij een andere deelnemer.": "This response belongs to another participant.",
};

/** "A. B." → ["A.", "B."] (no lookbehind: older Safari cannot parse it). */
const eachSentence = (text: string) => text.split(". ").map((m, i, all) => (i < all.length - 1 ? `${m}.` : m));

const EN_PATTERNS: [RegExp, (...n: string[]) => string][] = [
  [/^Kies een waarde van (-?\d+) tot en met (-?\d+)\.$/, (a, b) => `Choose a value from ${a} to ${b}.`],
  [/^Kies een waarde in stappen van (\d+)\.$/, (a) => `Choose a value in steps of ${a}.`],
  [/^Hoogstens (\d+) tekens\.$/, (a) => `At most ${a} characters.`],
  [/^Kies minstens (\d+) antwoorden\.$/, (a) => `Choose at least ${a} answers.`],
  [/^Kies hoogstens (\d+) antwoorden\.$/, (a) => `Choose at most ${a} answers.`],
  [/^Kies hoogstens (\d+)\.$/, (a) => `Choose at most ${a}.`],
  [/^Kies precies (\d+)\.$/, (a) => `Choose exactly ${a}.`],
  [/^Minstens (-?[\d.,]+)\.$/, (a) => `At least ${a}.`],
  [/^Hoogstens (-?[\d.,]+)\.$/, (a) => `At most ${a}.`],
  [/^Controleer je antwoorden: ([\s\S]*)$/, (a) => `Check your answers: ${eachSentence(a).map((m) => translateMessage("en", m)).join(" ")}`],
  [/^Deze vragenlijst is nog niet geopend\. Je kunt meedoen vanaf (.+)\.$/, (a) => `This questionnaire is not open yet. You can take part from ${a}.`],
];

/** A validation message of the element modules or a closed notice, in the respondent's language. */
export function translateMessage(lang: string | undefined, message: string): string {
  if (!lang || lang === "nl") return message;
  const exact = EN_VALIDATION[message];
  if (exact) return exact;
  for (const [re, to] of EN_PATTERNS) {
    const m = re.exec(message);
    if (m) return to(...m.slice(1));
  }
  return message;
}
