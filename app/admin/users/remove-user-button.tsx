"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import styles from "./users.module.css";

/** Two steps (ask, then confirm) so a single mis-tap does not remove an account. */
export function RemoveUserButton({ id, email }: { id: string; email: string }) {
  const router = useRouter();
  const [step, setStep] = useState<"idle" | "confirm" | "busy">("idle");
  const [error, setError] = useState<string | null>(null);

  const remove = async () => {
    setStep("busy");
    setError(null);
    const response = await fetch(`/api/admin/users/${id}`, { method: "DELETE" }).catch(() => null);
    if (!response?.ok) {
      const body = (await response?.json().catch(() => ({}))) as { error?: string } | undefined;
      setError(body?.error ?? "Het account is niet verwijderd. Probeer het opnieuw.");
      setStep("idle");
      return;
    }
    router.refresh();
  };

  if (step === "idle") {
    return (
      <div className={styles.removeBox}>
        <button type="button" className={styles.linkDanger} onClick={() => setStep("confirm")} aria-label={`${email} verwijderen`}>
          Verwijderen
        </button>
        {error && (
          <p role="alert" className={styles.fieldError}>
            {error}
          </p>
        )}
      </div>
    );
  }
  return (
    <div className={styles.removeBox} role="group" aria-label={`${email} verwijderen?`}>
      <span>Verwijderen?</span>
      <button type="button" className={styles.danger} onClick={remove} disabled={step === "busy"}>
        Ja, verwijderen
      </button>
      <button type="button" className={styles.secondary} onClick={() => setStep("idle")} disabled={step === "busy"}>
        Annuleren
      </button>
    </div>
  );
}
