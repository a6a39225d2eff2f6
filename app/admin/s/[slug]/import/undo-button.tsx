"use client";

import { useActionState, useState } from "react";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import { pick } from "@/lib/i18n/admin";
import { IMPORT } from "@/lib/i18n/admin/import";
import type { TUndoState } from "./actions";

type TProps = { slug: string; batchId: string; label: string; action: (prev: TUndoState, form: FormData) => Promise<TUndoState> };

/** "Ongedaan maken" with a second click to confirm: the import's responses are deleted. */
export function UndoImportButton({ slug, batchId, label, action }: TProps) {
  const [state, submit, isPending] = useActionState(action, {});
  const [isConfirming, setIsConfirming] = useState(false);
  const t = pick(IMPORT, useAdminLang());
  if (!isConfirming) {
    return (
      <button type="button" className="btn btn-secondary" onClick={() => setIsConfirming(true)} aria-label={t.undoLabel(label)}>
        {t.undo}
      </button>
    );
  }
  return (
    <form action={submit}>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="batchId" value={batchId} />
      <p>{t.undoWarning}</p>
      <button type="submit" className="btn" disabled={isPending}>{t.undoConfirm}</button>{" "}
      <button type="button" className="btn btn-secondary" onClick={() => setIsConfirming(false)}>{t.cancel}</button>
      {state.error && <p className="error" role="alert">{state.error}</p>}
    </form>
  );
}
