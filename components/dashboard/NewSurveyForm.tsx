"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import type { TNewSurveyState, TSurveyRowState } from "@/app/admin/actions";
import { codeFromName } from "@/lib/survey/collectors";
import { ZNewSurveyForm } from "@/lib/survey/publish/new-survey";
import styles from "./dashboard.module.css";

type TProps = {
  sources: { slug: string; title: string }[];
  action: (prev: TNewSurveyState, form: FormData) => Promise<TNewSurveyState>;
};

/** A new survey: title, address (suggested from the title), wave, and what it starts from. */
export function NewSurveyForm({ sources, action }: TProps) {
  const [state, submit, isPending] = useActionState(action, {});
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const [slug, setSlug] = useState("");
  const [isSlugEdited, setIsSlugEdited] = useState(false);
  const [start, setStart] = useState("blank");
  const errors = { ...state.errors, ...clientErrors };
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const parsed = ZNewSurveyForm.safeParse({
      title: form.get("title") ?? "", slug: form.get("slug") ?? "", wave: form.get("wave") ?? "", start: form.get("start") ?? "",
      from: form.get("from") || undefined,
    });
    setClientErrors(parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
    if (parsed.success) startTransition(() => submit(form));
  };
  const error = (name: string) => (errors[name] ? <p className="error" id={`new-${name}-error`} role="alert">{errors[name]}</p> : null);
  const described = (name: string) => ({ "aria-invalid": !!errors[name], "aria-describedby": errors[name] ? `new-${name}-error` : undefined });
  return (
    <form onSubmit={onSubmit} noValidate className={styles.collectorForm} data-testid="new-survey">
      <label>
        Titel
        <input name="title" maxLength={200} {...described("title")} onChange={(e) => !isSlugEdited && setSlug(codeFromName(e.target.value))} />
      </label>
      {error("title")}
      <label>
        Adres (/s/…)
        <input name="slug" maxLength={100} value={slug} {...described("slug")} onChange={(e) => { setSlug(e.target.value); setIsSlugEdited(true); }} />
      </label>
      {error("slug")}
      <label>
        Meting
        <input name="wave" maxLength={20} defaultValue={String(new Date().getFullYear())} {...described("wave")} />
      </label>
      {error("wave")}
      <fieldset className={styles.startChoice}>
        <legend>Beginnen met</legend>
        <label className={styles.check}><input type="radio" name="start" value="blank" checked={start === "blank"} onChange={() => setStart("blank")} /> Leeg</label>
        <label className={styles.check}><input type="radio" name="start" value="copy" checked={start === "copy"} onChange={() => setStart("copy")} /> Kopie van</label>
        <select name="from" aria-label="Vragenlijst om te kopiëren" disabled={start !== "copy"} {...described("from")}>
          {sources.map((s) => <option key={s.slug} value={s.slug}>{s.title}</option>)}
        </select>
        <label className={styles.check}><input type="radio" name="start" value="file" checked={start === "file"} onChange={() => setStart("file")} /> Definitiebestand</label>
        <input type="file" name="file" accept="application/json,.json" aria-label="Definitiebestand (.json)" disabled={start !== "file"} {...described("file")} />
      </fieldset>
      {error("from")}
      {error("file")}
      {state.issues && state.issues.length > 0 && (
        <ul className="error">{state.issues.map((i, n) => <li key={n}>{i.path ? <code>{i.path}</code> : null} {i.message}</li>)}</ul>
      )}
      <button type="submit" className="btn" disabled={isPending}>Vragenlijst maken</button>
      {error("form")}
    </form>
  );
}

/** Deletes a survey nobody has answered, after a second click. */
export function DeleteSurveyButton({ slug, title, action }: { slug: string; title: string; action: (prev: TSurveyRowState, form: FormData) => Promise<TSurveyRowState> }) {
  const [state, submit, isPending] = useActionState(action, {});
  const [isConfirming, setIsConfirming] = useState(false);
  if (!isConfirming) {
    return <button type="button" className="btn btn-secondary" onClick={() => setIsConfirming(true)} aria-label={`Verwijder ${title}`}>Verwijderen</button>;
  }
  return (
    <form action={submit} className={styles.inline}>
      <input type="hidden" name="slug" value={slug} />
      <button type="submit" className="btn" disabled={isPending} aria-label={`Definitief verwijderen: ${title}`}>Zeker weten?</button>{" "}
      <button type="button" className="btn btn-secondary" onClick={() => setIsConfirming(false)}>Annuleren</button>
      {state.error && <span className="error" role="alert"> {state.error}</span>}
    </form>
  );
}
