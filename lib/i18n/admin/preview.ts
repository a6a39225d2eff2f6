import { catalogue } from "../admin";

/** The bar above the draft preview and the preview page's notices (app/preview/[slug]); apart, as it is in the preview's bundle. */
export const PREVIEW = catalogue({
  nl: {
    title: "Voorbeeld",
    bar: "Voorbeeld van het concept: er wordt niets opgeslagen.",
    restart: "Opnieuw beginnen",
    waiting: "Het voorbeeld verschijnt zodra het concept geldig is.",
    noDraft: "Er is geen concept om te tonen.",
    invalid: "Het concept is nog niet geldig; los eerst de fouten op.",
  },
  en: {
    title: "Preview",
    bar: "Preview of the draft: nothing is saved.",
    restart: "Start again",
    waiting: "The preview appears as soon as the draft is valid.",
    noDraft: "There is no draft to show.",
    invalid: "The draft is not yet valid; fix the errors first.",
  },
});
