"use client";

import { useActionState, useState, type FormEvent } from "react";
import type { TExperimentFormState } from "@/app/admin/s/[slug]/experiment/actions";
import { experimentFormInput, ZExperimentForm } from "@/lib/survey/experiment";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import { pick } from "@/lib/i18n/admin";
import { EXPERIMENT } from "@/lib/i18n/admin/fieldwork";
import styles from "./experiment.module.css";

type TProps = {
  slug: string;
  versions: { id: string; label: string }[];
  action: (prev: TExperimentFormState, form: FormData) => Promise<TExperimentFormState>;
};

/** The arms of a new experiment: a checkbox and a weight per open version. */
export function ExperimentForm({ slug, versions, action }: TProps) {
  const [state, submit, isPending] = useActionState(action, {});
  const [clientError, setClientError] = useState<string>();
  const t = pick(EXPERIMENT, useAdminLang());
  const error = clientError ?? state.error;
  const check = (e: FormEvent<HTMLFormElement>) => {
    const parsed = ZExperimentForm.safeParse(experimentFormInput(new FormData(e.currentTarget).entries()));
    setClientError(parsed.success ? undefined : parsed.error.issues[0].message);
    if (!parsed.success) e.preventDefault();
  };
  return (
    <form action={submit} onSubmit={check} onChange={() => setClientError(undefined)} noValidate className={styles.experimentForm}>
      <input type="hidden" name="slug" value={slug} />
      <fieldset>
        <legend>{t.arms}</legend>
        {versions.map((v) => (
          <div key={v.id} className={styles.armRow}>
            <label>
              <input type="checkbox" name={`arm:${v.id}`} defaultChecked={versions.length === 2} /> {v.label}
            </label>
            <label>
              {t.weight}
              <input name={`weight:${v.id}`} inputMode="numeric" defaultValue="50" size={4} aria-label={t.weightLabel(v.label)} />
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit" className="btn" disabled={isPending}>{t.start}</button>
      {error && <p className="error" role="alert">{error}</p>}
    </form>
  );
}
