import type { z } from "zod";
import type { ZSurveyDefinition } from "../definition";
import { internationaleCompetenties } from "./internationale-competenties";

/**
 * The same questionnaire in the flow of the first four weeks of the 2023 fieldwork: every
 * respondent fills in part 1 and then part 2. A separate survey (own link, own responses), so
 * both historical flow modes can run side by side; only the texts about choosing a part differ.
 */
const base = internationaleCompetenties;

export const internationaleCompetentiesSequentieel = {
  ...base,
  slug: "internationale-competenties-sequentieel",
  title: `${base.title} (beide delen)`,
  flowMode: "sequential",
  welcome: {
    ...base.welcome,
    paragraphs: base.welcome.paragraphs.map((p) =>
      p.startsWith("De vragenlijst bestaat uit twee delen")
        ? "De vragenlijst bestaat uit twee delen. In deel 1 beantwoord je als begeleider vragen over de internationale competenties die leerlingen en studenten opdoen met een internationaliseringsactiviteit (ongeveer 10 minuten). In deel 2 beantwoord je vragen over je eigen ontwikkeling als onderwijsprofessional door een internationale professionaliseringsactiviteit (ongeveer 8 minuten). Je vult beide delen na elkaar in."
        : p,
    ),
  },
  partChoice: { text: "Je vult beide delen na elkaar in." },
} satisfies z.input<typeof ZSurveyDefinition>;
