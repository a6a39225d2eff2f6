"use client";

import { useActionState, useState, type FormEvent } from "react";
import type { TCollectorFormState } from "@/app/admin/s/[slug]/links/actions";
import { codeFromName, ZCollectorForm } from "@/lib/survey/collectors";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import { pick } from "@/lib/i18n/admin";
import { LINKS } from "@/lib/i18n/admin/fieldwork";
import styles from "./dashboard.module.css";

type TProps = { slug: string; action: (prev: TCollectorFormState, form: FormData) => Promise<TCollectorFormState> };

/** A new named link: its name, and the code in the link (suggested from the name). */
export function CollectorForm({ slug, action }: TProps) {
  const [state, submit, isPending] = useActionState(action, {});
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [code, setCode] = useState("");
  const t = pick(LINKS, useAdminLang());
  const [isCodeEdited, setIsCodeEdited] = useState(false);
  const errors = { ...state.errors, ...clientErrors };
  const check = (e: FormEvent<HTMLFormElement>) => {
    const form = new FormData(e.currentTarget);
    const parsed = ZCollectorForm.safeParse({ name: form.get("name") ?? "", code: form.get("code") ?? "" });
    setClientErrors(parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
    if (!parsed.success) e.preventDefault();
  };
  const error = (name: string) => (errors[name] ? <p className="error" id={`collector-${name}-error`} role="alert">{errors[name]}</p> : null);
  return (
    <form action={submit} onSubmit={check} noValidate className={styles.collectorForm}>
      <input type="hidden" name="slug" value={slug} />
      <label>
        {t.name}
        <input
          name="name" maxLength={80} placeholder={t.namePlaceholder} aria-invalid={!!errors.name}
          aria-describedby={errors.name ? "collector-name-error" : undefined}
          onChange={(e) => !isCodeEdited && setCode(codeFromName(e.target.value))}
        />
      </label>
      {error("name")}
      <label>
        {t.code}
        <input
          name="code" maxLength={60} value={code} aria-invalid={!!errors.code} aria-describedby={errors.code ? "collector-code-error" : undefined}
          onChange={(e) => { setCode(e.target.value); setIsCodeEdited(true); }}
        />
      </label>
      {error("code")}
      <button type="submit" className="btn" disabled={isPending}>{t.add}</button>
      {error("form")}
      {state.created && !isPending && Object.keys(clientErrors).length === 0 && <p className="muted" role="status">{t.added(state.created)}</p>}
    </form>
  );
}
