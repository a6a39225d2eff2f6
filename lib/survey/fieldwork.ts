import { z } from "zod";
import { formatDateTime } from "@/lib/format/nl";

/**
 * When a survey takes new respondents: opened and closed by date-time, by hand, or by a response
 * limit. Respondents who already started may always finish (nothing typed is lost); only new
 * responses are refused. Pure: the service reads the settings and the count, this decides.
 */
export const FIELDWORK_MODES = ["auto", "open", "closed"] as const;
export type TFieldworkMode = (typeof FIELDWORK_MODES)[number];

export type TFieldworkSettings = {
  /** auto: follow the dates and the limit; open / closed: set by hand, dates ignored. */
  mode: TFieldworkMode;
  opensAt: Date | null;
  closesAt: Date | null;
  /** New respondents refused once this many (live, not imported) responses have started. */
  responseLimit: number | null;
};

export type TFieldworkState =
  | { isOpen: true; reason: "open" | "open-by-hand"; closesAt: Date | null }
  | { isOpen: false; reason: "not-yet-open"; opensAt: Date }
  | { isOpen: false; reason: "closed-by-date"; closedAt: Date }
  | { isOpen: false; reason: "closed-by-hand" }
  | { isOpen: false; reason: "full"; limit: number };

export const OPEN_FIELDWORK: TFieldworkSettings = { mode: "auto", opensAt: null, closesAt: null, responseLimit: null };

export function fieldworkState(s: TFieldworkSettings, started: number, now: Date): TFieldworkState {
  if (s.mode === "closed") return { isOpen: false, reason: "closed-by-hand" };
  if (s.mode === "open") return { isOpen: true, reason: "open-by-hand", closesAt: null };
  if (s.opensAt && now < s.opensAt) return { isOpen: false, reason: "not-yet-open", opensAt: s.opensAt };
  if (s.closesAt && now >= s.closesAt) return { isOpen: false, reason: "closed-by-date", closedAt: s.closesAt };
  if (s.responseLimit !== null && started >= s.responseLimit) return { isOpen: false, reason: "full", limit: s.responseLimit };
  return { isOpen: true, reason: "open", closesAt: s.closesAt };
}

/** What a new respondent reads on a survey that is not open. */
export function closedMessage(state: TFieldworkState, timeZone?: string): string | undefined {
  switch (state.reason) {
    case "not-yet-open":
      return `Deze vragenlijst is nog niet geopend. Je kunt meedoen vanaf ${formatDateTime(state.opensAt, timeZone)}.`;
    case "closed-by-date":
    case "closed-by-hand":
      return "Deze vragenlijst is gesloten. Bedankt voor je belangstelling!";
    case "full":
      return "Deze vragenlijst is gesloten: het gewenste aantal deelnemers is bereikt. Bedankt voor je belangstelling!";
    default:
      return undefined;
  }
}

/** The state as researchers see it in monitoring. */
export function fieldworkLabel(state: TFieldworkState, timeZone?: string, lang: "nl" | "en" = "nl"): string {
  if (lang === "en") return fieldworkLabelEn(state, timeZone);
  switch (state.reason) {
    case "open":
      return state.closesAt ? `Open tot ${formatDateTime(state.closesAt, timeZone)}` : "Open";
    case "open-by-hand":
      return "Open (met de hand)";
    case "not-yet-open":
      return `Nog niet open (opent ${formatDateTime(state.opensAt, timeZone)})`;
    case "closed-by-date":
      return `Gesloten sinds ${formatDateTime(state.closedAt, timeZone)}`;
    case "closed-by-hand":
      return "Gesloten (met de hand)";
    case "full":
      return `Gesloten: limiet van ${state.limit} deelnemers bereikt`;
  }
}

/** The same in English, for the admin interface in English (dates stay Dutch-formatted). */
function fieldworkLabelEn(state: TFieldworkState, timeZone?: string): string {
  switch (state.reason) {
    case "open":
      return state.closesAt ? `Open until ${formatDateTime(state.closesAt, timeZone)}` : "Open";
    case "open-by-hand":
      return "Open (by hand)";
    case "not-yet-open":
      return `Not open yet (opens ${formatDateTime(state.opensAt, timeZone)})`;
    case "closed-by-date":
      return `Closed since ${formatDateTime(state.closedAt, timeZone)}`;
    case "closed-by-hand":
      return "Closed (by hand)";
    case "full":
      return `Closed: limit of ${state.limit} participants reached`;
  }
}

/** A moment as a datetime-local value ("2026-03-01T09:00") in `timeZone`: the form's default. */
export function toDateTimeLocal(at: Date | null, timeZone: string): string {
  if (!at) return "";
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" })
      .formatToParts(at).map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/**
 * The researcher's form: one schema for the client form and the server action. Dates are the
 * survey's wall-clock time as a datetime-local input gives them ("2026-03-01T09:00").
 */
export const ZFieldworkForm = z
  .strictObject({
    mode: z.enum(FIELDWORK_MODES, { error: "Kies automatisch, open of gesloten." }),
    opensAt: z.union([z.literal(""), z.iso.datetime({ local: true, error: "Openen: een datum en tijd." })], { error: "Openen: een datum en tijd." }).default(""),
    closesAt: z.union([z.literal(""), z.iso.datetime({ local: true, error: "Sluiten: een datum en tijd." })], { error: "Sluiten: een datum en tijd." }).default(""),
    responseLimit: z.union([
      z.literal(""),
      z.coerce.number({ error: "Limiet: een heel getal." }).int("Limiet: een heel getal.").min(1, "Limiet: minstens 1.").max(10_000_000, "Limiet: hoogstens 10.000.000."),
    ], { error: "Limiet: een heel getal." }).default(""),
  })
  .refine((f) => !f.opensAt || !f.closesAt || f.opensAt < f.closesAt, { path: ["closesAt"], message: "Sluiten moet na openen liggen." });
export type TFieldworkForm = z.infer<typeof ZFieldworkForm>;
