import "server-only";
import { forbidden, notFound } from "next/navigation";
import type { NextRequest } from "next/server";
import { pool } from "@/lib/db/client";
import { jsonError } from "@/lib/http/json";
import { isSurveySlug } from "@/lib/survey/slug";
import { requireResearcher, withResearcher, type TSessionUser } from "./guard";
import { effectiveRole, mayUse, SURVEY_AREAS, SURVEY_ROLE_LABELS, type TSurveyArea, type TSurveyRole } from "./survey-roles";

/**
 * The survey-role gate (lib/auth/survey-roles.ts) for every page, server action and route handler
 * under /admin/s/<slug> and /api/admin/s/<slug>. Read from the database on every call, like the
 * account itself, so a changed role takes effect on the next request.
 */
export type TSurveyAccess = { surveyId: string; role: TSurveyRole | null };

export async function surveyAccess(user: TSessionUser, slug: string): Promise<TSurveyAccess | undefined> {
  if (!isSurveySlug(slug)) return undefined;
  const { rows } = await pool().query<{ id: string; role: TSurveyRole | null; has_members: boolean }>(
    `SELECT s.id,
            (SELECT m.role::text FROM survey_member m WHERE m.survey_id = s.id AND m.user_id = $2) AS role,
            EXISTS (SELECT 1 FROM survey_member m WHERE m.survey_id = s.id) AS has_members
     FROM survey s WHERE s.slug = $1`,
    [slug, user.id],
  );
  const row = rows[0];
  return row ? { surveyId: row.id, role: effectiveRole(user, row.role, row.has_members) } : undefined;
}

const deniedMessage = (area: TSurveyArea) =>
  `Geen toegang: hiervoor is op deze vragenlijst de rol ${SURVEY_ROLE_LABELS[SURVEY_AREAS[area]].toLowerCase()} of hoger nodig.`;

/** Pages and server actions: sign-in first, 404 for an unknown survey or one the user has no role on, 403 below the area's role. */
export async function requireSurveyArea(slug: string, area: TSurveyArea): Promise<{ user: TSessionUser; access: TSurveyAccess & { role: TSurveyRole } }> {
  const user = await requireResearcher();
  const access = await surveyAccess(user, slug);
  if (!access || access.role === null) notFound();
  if (!mayUse(access.role, area)) forbidden();
  return { user, access: { ...access, role: access.role } };
}

type TSlugContext = { params: Promise<{ slug: string } & Record<string, string>> };
type THandler<C> = (request: NextRequest, context: C, user: TSessionUser) => Response | Promise<Response>;

/** Route handlers of one survey area: 401 anonymous, 404 unknown survey or no role, 403 below the area's role. */
export function withSurveyArea<C extends TSlugContext>(area: TSurveyArea, handler: THandler<C>) {
  return withResearcher<C>(async (request, context, user) => {
    const { slug } = await context.params;
    const access = await surveyAccess(user, slug);
    if (!access || access.role === null) return jsonError(404, "Deze vragenlijst bestaat niet.");
    if (!mayUse(access.role, area)) return jsonError(403, deniedMessage(area));
    return handler(request, context, user);
  });
}

/** The user's role on every survey they may see (admins: all, as owner), by slug, for the overview. */
export async function surveyRoles(user: TSessionUser): Promise<Map<string, TSurveyRole>> {
  const { rows } = await pool().query<{ slug: string; role: TSurveyRole | null; has_members: boolean }>(
    `SELECT s.slug,
            (SELECT m.role::text FROM survey_member m WHERE m.survey_id = s.id AND m.user_id = $1) AS role,
            EXISTS (SELECT 1 FROM survey_member m WHERE m.survey_id = s.id) AS has_members
     FROM survey s`,
    [user.id],
  );
  const out = new Map<string, TSurveyRole>();
  for (const r of rows) {
    const role = effectiveRole(user, r.role, r.has_members);
    if (role) out.set(r.slug, role);
  }
  return out;
}
