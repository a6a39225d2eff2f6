import { allAudit, AUDIT_LABELS, ZAuditQuery } from "@/lib/audit/log";
import { withAdmin } from "@/lib/auth/guard";
import { BOM, csvLine } from "@/lib/export/csv";
import { toWebStream } from "@/lib/export/stream";
import { errorResponse } from "@/lib/http/json";

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
    return new Response(toWebStream(lines()), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="auditlog.csv"`,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
});
