"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import { ZPasswordChange, type TPasswordChange } from "@/lib/auth/schemas";
import { sendJson } from "@/lib/http/send-json";
import styles from "./account.module.css";

const FIELDS = [
  { name: "currentPassword", label: "Huidig wachtwoord", autoComplete: "current-password" },
  { name: "newPassword", label: "Nieuw wachtwoord", autoComplete: "new-password", hint: "Minstens 10 tekens, niet makkelijk te raden: bijvoorbeeld een paar losse woorden." },
  { name: "confirmPassword", label: "Nieuw wachtwoord (nogmaals)", autoComplete: "new-password" },
] as const;

export function PasswordForm() {
  const [status, setStatus] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(ZPasswordChange), defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" } });

  const onSubmit = handleSubmit(async (values: TPasswordChange) => {
    setStatus(null);
    const result = await sendJson("/api/admin/account/password", "PUT", values, "Het wachtwoord is niet gewijzigd.");
    if (!result.ok) {
      for (const [field, message] of Object.entries(result.fields)) {
        if (FIELDS.some((f) => f.name === field)) setError(field as FieldPath<TPasswordChange>, { message });
      }
      return setStatus({ kind: "error", text: result.error });
    }
    reset();
    setStatus({ kind: "ok", text: "Je wachtwoord is gewijzigd." });
  });

  return (
    <form onSubmit={onSubmit} noValidate className={styles.form}>
      {FIELDS.map((field) => {
        const error = errors[field.name];
        const describedBy = ["hint" in field ? `${field.name}-hint` : null, error ? `${field.name}-error` : null].filter(Boolean).join(" ");
        return (
          <div key={field.name} className={styles.field}>
            <label htmlFor={field.name}>{field.label}</label>
            <input
              id={field.name}
              type="password"
              autoComplete={field.autoComplete}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy || undefined}
              {...register(field.name)}
            />
            {"hint" in field && (
              <p id={`${field.name}-hint`} className={styles.hint}>
                {field.hint}
              </p>
            )}
            {error && (
              <p id={`${field.name}-error`} className={styles.fieldError}>
                {error.message}
              </p>
            )}
          </div>
        );
      })}
      <div>
        <button type="submit" className="btn" disabled={isSubmitting}>
          {isSubmitting ? "Bezig…" : "Wachtwoord wijzigen"}
        </button>
      </div>
      <p role="status" className={status?.kind === "error" ? styles.statusError : styles.statusOk}>
        {status?.text}
      </p>
    </form>
  );
}
