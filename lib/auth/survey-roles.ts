import { z } from "zod";
import type { TAdminLang } from "@/lib/i18n/admin";

/**
 * Per-survey roles. Each role can do what the roles below it can:
 * - viewer: monitoring (response and dropout);
 * - analyst: also results, all questions, open answers and exports;
 * - editor: also the survey itself: versions and drafts, fieldwork, flow experiments, links, imports, raffle, share links,
 *   and single responses (view, exclude, delete on request);
 * - owner: also who has access, archiving and deleting.
 * Admins can do everything on every survey. A survey without members is open to every researcher
 * as owner (surveys from before roles existed, and folder surveys until someone is added).
 */
export const SURVEY_ROLES = ["viewer", "analyst", "editor", "owner"] as const;
export type TSurveyRole = (typeof SURVEY_ROLES)[number];
export const ZSurveyRole = z.enum(SURVEY_ROLES, { error: "Kies een rol: eigenaar, redacteur, analist of kijker." });

export const SURVEY_ROLE_LABELS: Record<TSurveyRole, string> = {
  owner: "Eigenaar", editor: "Redacteur", analyst: "Analist", viewer: "Kijker",
};
export const SURVEY_ROLE_LABELS_EN: Record<TSurveyRole, string> = {
  owner: "Owner", editor: "Editor", analyst: "Analyst", viewer: "Viewer",
};

/** The role names in the admin interface's language. */
export const roleLabels = (lang: TAdminLang) => (lang === "en" ? SURVEY_ROLE_LABELS_EN : SURVEY_ROLE_LABELS);

/** Each part of a survey's admin pages and routes, and the least role it needs. */
export const SURVEY_AREAS = {
  monitoring: "viewer",
  results: "analyst",
  questions: "analyst",
  export: "analyst",
  share: "editor",
  import: "editor",
  links: "editor",
  raffle: "editor",
  versions: "editor",
  fieldwork: "editor",
  experiment: "editor",
  /** Single responses: read, exclude, restore, delete on request, duplicates, retention. */
  responses: "editor",
  members: "owner",
} as const satisfies Record<string, TSurveyRole>;
export type TSurveyArea = keyof typeof SURVEY_AREAS;

export const rankOf = (role: TSurveyRole) => SURVEY_ROLES.indexOf(role);

/** Whether a role may use an area. */
export function mayUse(role: TSurveyRole | null, area: TSurveyArea): boolean {
  return role !== null && rankOf(role) >= rankOf(SURVEY_AREAS[area]);
}

/** The role that applies: admins and members of member-less surveys are owners; others their membership or none. */
export function effectiveRole(user: { role: "admin" | "researcher" }, membership: TSurveyRole | null, hasMembers: boolean): TSurveyRole | null {
  if (user.role === "admin" || !hasMembers) return "owner";
  return membership;
}

/**
 * The area of a path below /admin/s/<slug>/ or /api/admin/s/<slug>/ (its first segment):
 * one table for the pages, the route handlers and the access test.
 */
export function areaOfSegment(segment: string | undefined): TSurveyArea {
  switch (segment) {
    case undefined: case "": case "live": return "monitoring";
    case "results": case "stats": return "results";
    case "questions": case "answers": return "questions";
    case "definition": case "draft": case "editor": return "versions";
    default:
      if (segment in SURVEY_AREAS) return segment as TSurveyArea;
      throw new Error(`No survey area for the path segment "${segment}": add it to areaOfSegment().`);
  }
}
