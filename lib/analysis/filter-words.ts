import type { TResultFilters } from "./filters";
import { describeFilters } from "./titles";

type TDimensionLabels = Parameters<typeof describeFilters>[1];

/**
 * A selection in words, for a report's cover line and a share link's fixed filters:
 * "Wave 2023 · Sectorgroep: Mbo · alleen afgeronde antwoorden", or "alle waves · …".
 */
export function filtersInWords(f: TResultFilters, dimensions: TDimensionLabels): string {
  const waves = f.wave.length ? `${f.wave.length > 1 ? "Waves" : "Wave"} ${f.wave.join(", ")}` : "alle waves";
  const period = f.from || f.to ? [`gestart ${f.from ? `vanaf ${f.from}` : ""}${f.from && f.to ? " " : ""}${f.to ? `t/m ${f.to}` : ""}`] : [];
  const partial = f.includePartial ? "incl. gedeeltelijk ingevulde antwoorden" : "alleen afgeronde antwoorden";
  return [waves, ...describeFilters(f, dimensions), ...period, partial].join(" · ");
}
