import type { TSurveyDefinition } from "@/lib/survey/definition";
import { partOfPage, type TPageId } from "@/lib/survey/flow";
import { getPart } from "@/lib/survey/model";

/** The page's h1. */
export function pageTitle(def: TSurveyDefinition, page: TPageId): string {
  if (page === "welcome") return def.welcome.title;
  if (page === "bg") return "Over jou en je werk";
  if (page === "choice") return "Kies een deel";
  if (page === "raffle") return "Verloting";
  if (page === "done") return def.thanks.title;
  const part = partOfPage(page);
  return part ? getPart(def, part).title : def.title;
}
