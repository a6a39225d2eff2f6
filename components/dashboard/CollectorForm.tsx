"use client";

import { useActionState, useState, type FormEvent } from "react";
import type { TCollectorFormState } from "@/app/admin/s/[slug]/links/actions";
import { codeFromName, ZCollectorForm } from "@/lib/survey/collectors";
import styles from "./dashboard.module.css";

type TProps = { slug: string; action: (prev: TCollectorFormState, form: FormData) => Promise<TCollectorFormState> };

/** A new named link: its name, and the code in the link (suggested from the name). */
export function CollectorForm({ slug, action }: TProps) {
  const [state, submit, isPending] = useActionState(action, {});
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [code, setCode] = useState("");
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
        Naam
        <input
          name="name" maxLength={80} placeholder="bijv. LinkedIn of Nieuwsbrief mei" aria-invalid={!!errors.name}
          aria-describedby={errors.name ? "collector-name-error" : undefined}
          onChange={(e) => !isCodeEdited && setCode(codeFromName(e.target.value))}
        />
      </label>
      {error("name")}
      <label>
        Code in de link (?bron=…)
        <input
          name="code" maxLength={60} value={code} aria-invalid={!!errors.code} aria-describedby={errors.code ? "collector-code-error" : undefined}
          onChange={(e) => { setCode(e.target.value); setIsCodeEdited(true); }}
        />
      </label>
      {error("code")}
      <button type="submit" className="btn" disabled={isPending}>Link toevoegen</button>
      {error("form")}
      {state.created && !isPending && Object.keys(clientErrors).length === 0 && <p className="muted" role="status">Toegevoegd: {state.created}</p>}
    </form>
  );
}
