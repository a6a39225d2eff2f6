"use server";

import { revalidatePath } from "next/cache";
import { requireResearcher } from "@/lib/auth/guard";
import { ImportError } from "@/lib/import/errors";
import { undoImport } from "@/lib/import/service";

export type TUndoState = { error?: string; undone?: number };

/** Undoes one import of the survey (its responses, version and batch), so a corrected import can follow. */
export async function undoImportAction(_prev: TUndoState, form: FormData): Promise<TUndoState> {
  const user = await requireResearcher();
  const slug = String(form.get("slug") ?? "");
  try {
    const { responses } = await undoImport(slug, String(form.get("batchId") ?? ""), user.id);
    revalidatePath(`/admin/s/${encodeURIComponent(slug)}/import`);
    return { undone: responses };
  } catch (error) {
    if (error instanceof ImportError) return { error: error.message };
    throw error;
  }
}
