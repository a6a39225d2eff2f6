"use client";

import { useActionState, useState } from "react";
import type { TUndoState } from "./actions";

type TProps = { slug: string; batchId: string; label: string; action: (prev: TUndoState, form: FormData) => Promise<TUndoState> };

/** "Ongedaan maken" with a second click to confirm: the import's responses are deleted. */
export function UndoImportButton({ slug, batchId, label, action }: TProps) {
  const [state, submit, isPending] = useActionState(action, {});
  const [isConfirming, setIsConfirming] = useState(false);
  if (!isConfirming) {
    return (
      <button type="button" className="btn btn-secondary" onClick={() => setIsConfirming(true)} aria-label={`Import ${label} ongedaan maken`}>
        Ongedaan maken
      </button>
    );
  }
  return (
    <form action={submit}>
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="batchId" value={batchId} />
      <p>Alle antwoorden van deze import worden verwijderd.</p>
      <button type="submit" className="btn" disabled={isPending}>Ja, ongedaan maken</button>{" "}
      <button type="button" className="btn btn-secondary" onClick={() => setIsConfirming(false)}>Annuleren</button>
      {state.error && <p className="error" role="alert">{state.error}</p>}
    </form>
  );
}
