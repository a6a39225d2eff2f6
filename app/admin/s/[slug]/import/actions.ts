"use server";

import { revalidatePath } from "next/cache";
import { ImportError } from "@/lib/import/errors";
import { undoImport } from "@/lib/import/service";
import { requireSurveyArea } from "@/lib/auth/survey-access";

export type TUndoState = { error?: string; undone?: number };

/** Undoes one import of the survey (its responses, version and batch), so a corrected import can follow. */
export async function undoImportAction(_prev: TUndoState, form: FormData): Promise<TUndoState> {
  const slug = String(form.get("slug") ?? "");
  const { user } = await requireSurveyArea(slug, "import");
  try {
    const { responses } = await undoImport(slug, String(form.get("batchId") ?? ""), user.id);
    revalidatePath(`/admin/s/${encodeURIComponent(slug)}/import`);
    return { undone: responses };
  } catch (error) {
    if (error instanceof ImportError) return { error: error.message };
    throw error;
  }
}
