"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, type FieldPath } from "react-hook-form";
import { ZNewUser, type TNewUser } from "@/lib/auth/schemas";
import { sendJson } from "@/lib/http/send-json";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import { pick } from "@/lib/i18n/admin";
import { ACCOUNTS, accountMessage } from "@/lib/i18n/admin/accounts";
import { accountRoleLabels } from "./labels";
import styles from "./users.module.css";

const FIELDS = ["email", "name", "password", "role"] as const;

export function AddUserForm() {
  const router = useRouter();
  const lang = useAdminLang();
  const t = pick(ACCOUNTS, lang);
  const roles = accountRoleLabels(lang);
  const [status, setStatus] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(ZNewUser), defaultValues: { email: "", name: "", password: "", role: "researcher" as const } });

  const onSubmit = handleSubmit(async (values: TNewUser) => {
    setStatus(null);
    const result = await sendJson("/api/admin/users", "POST", values, t.accountNotAdded);
    if (!result.ok) {
      for (const [field, message] of Object.entries(result.fields)) {
        if ((FIELDS as readonly string[]).includes(field)) setError(field as FieldPath<TNewUser>, { message: accountMessage(message, lang) });
      }
      return setStatus({ kind: "error", text: accountMessage(result.error, lang) });
    }
    reset();
    setStatus({ kind: "ok", text: t.accountAdded(values.email) });
    router.refresh();
  });

  const describedBy = (field: (typeof FIELDS)[number], hint?: string) =>
    [hint, errors[field] ? `${field}-error` : undefined].filter(Boolean).join(" ") || undefined;
  const fieldError = (field: (typeof FIELDS)[number]) =>
    errors[field] && (
      <p id={`${field}-error`} className={styles.fieldError}>
        {accountMessage(errors[field]?.message ?? "", lang)}
      </p>
    );

  return (
    <form onSubmit={onSubmit} noValidate className={styles.form}>
      <div className={styles.field}>
        <label htmlFor="new-email">{t.email}</label>
        <input id="new-email" type="email" autoComplete="off" aria-invalid={errors.email ? true : undefined} aria-describedby={describedBy("email")} {...register("email")} />
        {fieldError("email")}
      </div>
      <div className={styles.field}>
        <label htmlFor="new-name">
          {t.name} <span className="muted">{t.optional}</span>
        </label>
        <input id="new-name" type="text" autoComplete="off" aria-invalid={errors.name ? true : undefined} aria-describedby={describedBy("name")} {...register("name")} />
        {fieldError("name")}
      </div>
      <div className={styles.field}>
        <label htmlFor="new-password">{t.initialPassword}</label>
        <input
          id="new-password"
          type="text"
          autoComplete="new-password"
          spellCheck={false}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={describedBy("password", "new-password-hint")}
          {...register("password")}
        />
        <p id="new-password-hint" className={styles.hint}>
          {t.passwordHint}
        </p>
        {fieldError("password")}
      </div>
      <div className={styles.field}>
        <label htmlFor="new-role">{t.role}</label>
        <select id="new-role" aria-invalid={errors.role ? true : undefined} aria-describedby={describedBy("role")} {...register("role")}>
          <option value="researcher">{roles.researcher}</option>
          <option value="admin">{roles.admin}</option>
        </select>
        {fieldError("role")}
      </div>
      <div className={styles.formActions}>
        <button type="submit" className="btn" disabled={isSubmitting}>
          {isSubmitting ? t.busy : t.addAccount}
        </button>
      </div>
      <p role="status" className={status?.kind === "error" ? styles.statusError : styles.statusOk}>
        {status?.text}
      </p>
    </form>
  );
}
