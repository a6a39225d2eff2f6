"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import { ZPasswordChange, type TPasswordChange } from "@/lib/auth/schemas";
import { sendJson } from "@/lib/http/send-json";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import { pick } from "@/lib/i18n/admin";
import { ACCOUNTS, accountMessage } from "@/lib/i18n/admin/accounts";
import styles from "./account.module.css";

const FIELDS = [
  { name: "currentPassword", label: "currentPassword", autoComplete: "current-password" },
  { name: "newPassword", label: "newPassword", autoComplete: "new-password", hint: "passwordHint" },
  { name: "confirmPassword", label: "confirmPassword", autoComplete: "new-password" },
] as const;

export function PasswordForm() {
  const lang = useAdminLang();
  const t = pick(ACCOUNTS, lang);
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
    const result = await sendJson("/api/admin/account/password", "PUT", values, t.passwordNotChanged);
    if (!result.ok) {
      for (const [field, message] of Object.entries(result.fields)) {
        if (FIELDS.some((f) => f.name === field)) setError(field as FieldPath<TPasswordChange>, { message: accountMessage(message, lang) });
      }
      return setStatus({ kind: "error", text: accountMessage(result.error, lang) });
    }
    reset();
    setStatus({ kind: "ok", text: t.passwordChanged });
  });

  return (
    <form onSubmit={onSubmit} noValidate className={styles.form}>
      {FIELDS.map((field) => {
        const error = errors[field.name];
        const describedBy = ["hint" in field ? `${field.name}-hint` : null, error ? `${field.name}-error` : null].filter(Boolean).join(" ");
        return (
          <div key={field.name} className={styles.field}>
            <label htmlFor={field.name}>{t[field.label]}</label>
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
                {t[field.hint]}
              </p>
            )}
            {error && (
              <p id={`${field.name}-error`} className={styles.fieldError}>
                {error.message && accountMessage(error.message, lang)}
              </p>
            )}
          </div>
        );
      })}
      <div>
        <button type="submit" className="btn" disabled={isSubmitting}>
          {isSubmitting ? t.busy : t.changePassword}
        </button>
      </div>
      <p role="status" className={status?.kind === "error" ? styles.statusError : styles.statusOk}>
        {status?.text}
      </p>
    </form>
  );
}
