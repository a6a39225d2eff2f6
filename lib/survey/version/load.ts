import { ZSurveyDefinition } from "../legacy/schema";
import { convertLegacy } from "../legacy/convert";
import { ZVersionDef, type TVersionDef } from "./schema";

/** A stored version definition in the general model, whichever format it was stored in. */
export function toVersionDef(raw: unknown): TVersionDef {
  const isGeneral = typeof raw === "object" && raw !== null && (raw as { format?: unknown }).format === 2;
  return isGeneral ? ZVersionDef.parse(raw) : convertLegacy(ZSurveyDefinition.parse(raw));
}
