"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import { pick } from "@/lib/i18n/admin";
import { ACCOUNTS, accountMessage } from "@/lib/i18n/admin/accounts";
import styles from "./users.module.css";

/** Two steps (ask, then confirm) so a single mis-tap does not remove an account. */
export function RemoveUserButton({ id, email }: { id: string; email: string }) {
  const router = useRouter();
  const lang = useAdminLang();
  const t = pick(ACCOUNTS, lang);
  const [step, setStep] = useState<"idle" | "confirm" | "busy">("idle");
  const [error, setError] = useState<string | null>(null);

  const remove = async () => {
    setStep("busy");
    setError(null);
    const response = await fetch(`/api/admin/users/${id}`, { method: "DELETE" }).catch(() => null);
    if (!response?.ok) {
      const body = (await response?.json().catch(() => ({}))) as { error?: string } | undefined;
      setError(body?.error ? accountMessage(body.error, lang) : t.notRemoved);
      setStep("idle");
      return;
    }
    router.refresh();
  };

  if (step === "idle") {
    return (
      <div className={styles.removeBox}>
        <button type="button" className={styles.linkDanger} onClick={() => setStep("confirm")} aria-label={t.removeLabel(email)}>
          {t.remove}
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
    <div className={styles.removeBox} role="group" aria-label={t.removeGroup(email)}>
      <span>{t.removeQuestion}</span>
      <button type="button" className={styles.danger} onClick={remove} disabled={step === "busy"}>
        {t.removeConfirm}
      </button>
      <button type="button" className={styles.secondary} onClick={() => setStep("idle")} disabled={step === "busy"}>
        {t.cancel}
      </button>
    </div>
  );
}
