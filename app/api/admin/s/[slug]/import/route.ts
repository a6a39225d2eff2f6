import { NextResponse } from "next/server";
import { errorResponse, jsonError } from "@/lib/http/json";
import { ImportError } from "@/lib/import/errors";
import { readImportForm } from "@/lib/import/http";
import { ZImportOptions } from "@/lib/import/options";
import { analyseFile, dryRun, importFile } from "@/lib/import/service";
import { isSurveySlug } from "@/lib/survey/slug";
import { withSurveyArea } from "@/lib/auth/survey-access";

/**
 * Researchers only. POST multipart/form-data with `file` and `step`:
 * analyse (suggested mapping + report), dryrun (report, writes nothing), import (all or nothing).
 */
export const POST = withSurveyArea<{ params: Promise<{ slug: string }> }>("import", async (request, context, user) => {
  try {
    const { slug } = await context.params;
    if (!isSurveySlug(slug)) return jsonError(404, "Deze vragenlijst bestaat niet.");
    const { upload, step, options, mapping } = await readImportForm(request);
    if (step === "analyse") {
      const { flowMode, timeZone } = options;
      const analysis = await analyseFile(slug, upload, ZImportOptions.omit({ wave: true }).parse({ flowMode, timeZone }));
      return NextResponse.json(analysis);
    }
    if (!mapping) return jsonError(400, "De koppeling ontbreekt.");
    const full = ZImportOptions.parse(options);
    if (step === "dryrun") return NextResponse.json({ report: await dryRun(slug, upload, mapping, full) });
    const result = await importFile(slug, upload, mapping, full, user.id);
    return NextResponse.json({ result }, { status: 201 });
  } catch (error) {
    if (error instanceof ImportError) return jsonError(error.status, error.message);
    return errorResponse(error);
  }
});
