"use client";

import { useActionState, useState, type FormEvent } from "react";
import type { TFieldworkFormState } from "@/app/admin/s/[slug]/(monitoring)/actions";
import { ZFieldworkForm, type TFieldworkMode } from "@/lib/survey/fieldwork";
import { pick } from "@/lib/i18n/admin";
import { MONITORING } from "@/lib/i18n/admin/monitoring";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import styles from "./dashboard.module.css";

type TProps = {
  slug: string;
  /** The state now, as a sentence (fieldworkLabel). */
  label: string;
  isOpen: boolean;
  /** Started live responses and the limit, when one is set. */
  started: number | null;
  timeZone: string;
  values: { mode: TFieldworkMode; opensAt: string; closesAt: string; responseLimit: string };
  action: (prev: TFieldworkFormState, form: FormData) => Promise<TFieldworkFormState>;
};

const FIELDS = ["mode", "opensAt", "closesAt", "responseLimit"] as const;

const MODES: { value: TFieldworkMode; label: "modeAuto" | "modeOpen" | "modeClosed" }[] = [
  { value: "auto", label: "modeAuto" },
  { value: "open", label: "modeOpen" },
  { value: "closed", label: "modeClosed" },
];

/**
 * The fieldwork window: its state, and the form that opens or closes the survey. Checked in the
 * browser with the schema the server action uses, so an error shows at its field at once.
 */
export function FieldworkPanel({ slug, label, isOpen, started, timeZone, values, action }: TProps) {
  const [state, submit, isPending] = useActionState(action, {});
  const t = pick(MONITORING, useAdminLang());
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const errors = { ...state.errors, ...clientErrors };
  const check = (e: FormEvent<HTMLFormElement>) => {
    const form = new FormData(e.currentTarget);
    const parsed = ZFieldworkForm.safeParse(Object.fromEntries(FIELDS.map((f) => [f, form.get(f) ?? ""])));
    const found = parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? "form"), i.message]));
    setClientErrors(found);
    if (!parsed.success) e.preventDefault();
  };
  const fieldError = (name: string) =>
    errors[name] ? <p className="error" id={`fw-${name}-error`} role="alert">{errors[name]}</p> : null;
  return (
    <details className={styles.fieldwork} data-testid="fieldwork">
      <summary>
        {t.fieldwork} <strong className={isOpen ? styles.fwOpen : styles.fwClosed} data-testid="fieldwork-state">{label}</strong>
        {started !== null && <span className="muted">{t.nStarted(started)}</span>}
      </summary>
      <form action={submit} onSubmit={check} noValidate className={styles.fieldworkForm}>
        <input type="hidden" name="slug" value={slug} />
        <fieldset>
          <legend>{t.newParticipants}</legend>
          {MODES.map((m) => (
            <label key={m.value} className={styles.inline}>
              <input type="radio" name="mode" value={m.value} defaultChecked={values.mode === m.value} /> {t[m.label]}
            </label>
          ))}
          {fieldError("mode")}
        </fieldset>
        <div className={styles.fieldworkDates}>
          <label>
            {t.opensAt}
            <input type="datetime-local" name="opensAt" defaultValue={values.opensAt} aria-invalid={!!errors.opensAt} aria-describedby={errors.opensAt ? "fw-opensAt-error" : undefined} />
          </label>
          {fieldError("opensAt")}
          <label>
            {t.closesAt}
            <input type="datetime-local" name="closesAt" defaultValue={values.closesAt} aria-invalid={!!errors.closesAt} aria-describedby={errors.closesAt ? "fw-closesAt-error" : undefined} />
          </label>
          {fieldError("closesAt")}
          <label>
            {t.limit}
            <input type="number" name="responseLimit" min={1} inputMode="numeric" defaultValue={values.responseLimit} aria-invalid={!!errors.responseLimit} aria-describedby={errors.responseLimit ? "fw-responseLimit-error" : undefined} />
          </label>
          {fieldError("responseLimit")}
        </div>
        <p className="muted">{t.timesIn(timeZone)}</p>
        <button type="submit" className="btn" disabled={isPending}>{t.save}</button>
        {fieldError("form")}
        {state.saved && !isPending && Object.keys(clientErrors).length === 0 && <p className="muted" role="status">{t.saved}</p>}
      </form>
    </details>
  );
}
