import "server-only";
import { z } from "zod";
import { pool } from "@/lib/db/client";
import { AUDIT_ACTIONS } from "./service";

/**
 * Reading the audit log (admins): newest first, filtered by action and survey, paged by event id
 * (keyset: the next page starts below the last id shown), with the actor's e-mail address and
 * the survey's slug as they are now (an event keeps its ids when either is gone).
 */
export const ZAuditQuery = z.strictObject({
  action: z.enum(AUDIT_ACTIONS, { error: "Onbekende actie." }).optional(),
  survey: z.string().regex(/^[a-z0-9-]+$/, "Onbekende vragenlijst.").optional(),
  before: z.coerce.bigint({ error: "Ongeldige pagina." }).positive().optional(),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

export type TAuditRow = {
  id: string; at: Date; action: string; actorId: string | null; actorEmail: string | null;
  surveyId: string | null; surveySlug: string | null; details: Record<string, unknown>;
};

export const AUDIT_PAGE_SIZE = 100;

export async function listAudit(q: TAuditQuery, limit = AUDIT_PAGE_SIZE): Promise<TAuditRow[]> {
  const params: unknown[] = [];
  const where: string[] = [];
  const p = (v: unknown) => `$${params.push(v)}`;
  if (q.action) where.push(`e.action = ${p(q.action)}`);
  if (q.survey) where.push(`s.slug = ${p(q.survey)}`);
  if (q.before) where.push(`e.id < ${p(q.before.toString())}::bigint`);
  const { rows } = await pool().query<TAuditRow>(
    `SELECT e.id::text AS id, e.at, e.action, e.actor_id AS "actorId", u.email AS "actorEmail",
            e.survey_id AS "surveyId", s.slug AS "surveySlug", e.details
     FROM audit_event e
     LEFT JOIN app_user u ON u.id = e.actor_id
     LEFT JOIN survey s ON s.id = e.survey_id
     ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
     ORDER BY e.id DESC LIMIT ${p(limit)}`,
    params,
  );
  return rows;
}

/** Every matching event, newest first, in pages: for the CSV download. */
export async function* allAudit(q: Omit<TAuditQuery, "before">): AsyncGenerator<TAuditRow[]> {
  let before: bigint | undefined;
  for (;;) {
    const rows = await listAudit({ ...q, before }, 1000);
    if (rows.length === 0) return;
    yield rows;
    before = BigInt(rows[rows.length - 1].id);
  }
}

export const AUDIT_LABELS: Record<(typeof AUDIT_ACTIONS)[number], string> = {
  "auth.signed_in": "Aangemeld",
  "auth.signed_out": "Afgemeld",
  "account.created": "Account toegevoegd",
  "account.removed": "Account verwijderd",
  "account.password_changed": "Eigen wachtwoord gewijzigd",
  "export.downloaded": "Export gedownload",
  "import.committed": "Bestand geïmporteerd",
  "import.undone": "Import ongedaan gemaakt",
  "fieldwork.changed": "Veldwerk gewijzigd",
  "collector.created": "Link toegevoegd",
  "collector.started": "Link gestart",
  "collector.stopped": "Link gestopt",
  "experiment.started": "Experiment gestart",
  "experiment.stopped": "Experiment gestopt",
  "raffle.drawn": "Verloting getrokken",
  "raffle.winners_exported": "Winnaars gedownload",
  "raffle.winners_deleted": "Adressen winnaars verwijderd",
  "survey.created": "Vragenlijst gemaakt",
  "survey.archived": "Vragenlijst gearchiveerd",
  "survey.restored": "Vragenlijst uit archief gehaald",
  "survey.deleted": "Vragenlijst verwijderd",
  "draft.started": "Concept gestart",
  "draft.uploaded": "Definitiebestand geladen",
  "version.published": "Versie gepubliceerd",
  "member.added": "Toegang gegeven",
  "member.role_changed": "Rol gewijzigd",
  "member.removed": "Toegang ingetrokken",
  "response.excluded": "Antwoord uitgesloten",
  "response.kept": "Antwoord behouden (beoordeeld)",
  "response.restored": "Antwoord hersteld",
  "response.deleted": "Antwoord verwijderd (verzoek)",
  "response.tests_deleted": "Testantwoorden verwijderd",
  "retention.changed": "Bewaartermijn gewijzigd",
  "ip_hashes.deleted": "IP-hashes verwijderd",
  "test_link.renewed": "Testlink vernieuwd",
  "share_link.created": "Deellink gemaakt",
  "share_link.revoked": "Deellink ingetrokken",
  "share_link.used": "Deellink geopend",
  "share_link.refused": "Deellink geweigerd",
};
