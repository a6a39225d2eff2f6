import { allAudit, AUDIT_LABELS, ZAuditQuery } from "@/lib/audit/log";
import { withAdmin } from "@/lib/auth/guard";
import { BOM, csvLine } from "@/lib/export/csv";
import { errorResponse } from "@/lib/http/json";
import { downloadResponse } from "@/lib/http/download";

export const dynamic = "force-dynamic";

/** Admins only: the audit log (filtered by ?action= and ?survey=) as CSV, newest first. */
export const GET = withAdmin(async (request) => {
  try {
    const { action, survey } = ZAuditQuery.parse(Object.fromEntries(request.nextUrl.searchParams));
    async function* lines() {
      yield BOM + csvLine(["id", "tijdstip_utc", "actie", "omschrijving", "gebruiker_id", "gebruiker", "vragenlijst", "details"]);
      for await (const rows of allAudit({ action, survey })) {
        yield rows
          .map((r) => csvLine([
            r.id, r.at.toISOString(), r.action, AUDIT_LABELS[r.action as keyof typeof AUDIT_LABELS] ?? r.action,
            r.actorId ?? "", r.actorEmail ?? "", r.surveySlug ?? "", JSON.stringify(r.details),
          ]))
          .join("");
      }
    }
    return downloadResponse(lines(), "auditlog.csv", "text/csv; charset=utf-8");
  } catch (error) {
    return errorResponse(error);
  }
});
