"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import type { TNewSurveyState, TSurveyRowState } from "@/app/admin/actions";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import { pick } from "@/lib/i18n/admin";
import { OVERVIEW, surveyMessage } from "@/lib/i18n/admin/overview";
import { codeFromName } from "@/lib/survey/collectors";
import { ZNewSurveyForm } from "@/lib/survey/publish/new-survey";
import styles from "./dashboard.module.css";

type TProps = {
  sources: { slug: string; title: string }[];
  action: (prev: TNewSurveyState, form: FormData) => Promise<TNewSurveyState>;
};

/** A new survey: title, address (suggested from the title), wave, and what it starts from. */
export function NewSurveyForm({ sources, action }: TProps) {
  const lang = useAdminLang();
  const t = pick(OVERVIEW, lang);
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
    setClientErrors(parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), surveyMessage(i.message, lang)])));
    if (parsed.success) startTransition(() => submit(form));
  };
  const error = (name: string) => (errors[name] ? <p className="error" id={`new-${name}-error`} role="alert">{errors[name]}</p> : null);
  const described = (name: string) => ({ "aria-invalid": !!errors[name], "aria-describedby": errors[name] ? `new-${name}-error` : undefined });
  return (
    <form onSubmit={onSubmit} noValidate className={styles.collectorForm} data-testid="new-survey">
      <label>
        {t.fieldTitle}
        <input name="title" maxLength={200} {...described("title")} onChange={(e) => !isSlugEdited && setSlug(codeFromName(e.target.value))} />
      </label>
      {error("title")}
      <label>
        {t.fieldSlug}
        <input name="slug" maxLength={100} value={slug} {...described("slug")} onChange={(e) => { setSlug(e.target.value); setIsSlugEdited(true); }} />
      </label>
      {error("slug")}
      <label>
        {t.fieldWave}
        <input name="wave" maxLength={20} defaultValue={String(new Date().getFullYear())} {...described("wave")} />
      </label>
      {error("wave")}
      <fieldset className={styles.startChoice}>
        <legend>{t.startWith}</legend>
        <label className={styles.check}><input type="radio" name="start" value="blank" checked={start === "blank"} onChange={() => setStart("blank")} /> {t.startBlank}</label>
        <label className={styles.check}><input type="radio" name="start" value="copy" checked={start === "copy"} onChange={() => setStart("copy")} /> {t.startCopy}</label>
        <select name="from" aria-label={t.copySource} disabled={start !== "copy"} {...described("from")}>
          {sources.map((s) => <option key={s.slug} value={s.slug}>{s.title}</option>)}
        </select>
        <label className={styles.check}><input type="radio" name="start" value="file" checked={start === "file"} onChange={() => setStart("file")} /> {t.startFile}</label>
        <input type="file" name="file" accept="application/json,.json" aria-label={t.fileLabel} disabled={start !== "file"} {...described("file")} />
      </fieldset>
      {error("from")}
      {error("file")}
      {state.issues && state.issues.length > 0 && (
        <ul className="error">{state.issues.map((i, n) => <li key={n}>{i.path ? <code>{i.path}</code> : null} {i.message}</li>)}</ul>
      )}
      <button type="submit" className="btn" disabled={isPending}>{t.create}</button>
      {error("form")}
    </form>
  );
}

/** Deletes a survey nobody has answered, after a second click. */
export function DeleteSurveyButton({ slug, title, action }: { slug: string; title: string; action: (prev: TSurveyRowState, form: FormData) => Promise<TSurveyRowState> }) {
  const t = pick(OVERVIEW, useAdminLang());
  const [state, submit, isPending] = useActionState(action, {});
  const [isConfirming, setIsConfirming] = useState(false);
  if (!isConfirming) {
    return <button type="button" className="btn btn-secondary" onClick={() => setIsConfirming(true)} aria-label={t.deleteLabel(title)}>{t.delete}</button>;
  }
  return (
    <form action={submit} className={styles.inline}>
      <input type="hidden" name="slug" value={slug} />
      <button type="submit" className="btn" disabled={isPending} aria-label={t.confirmDeleteLabel(title)}>{t.confirmDelete}</button>{" "}
      <button type="button" className="btn btn-secondary" onClick={() => setIsConfirming(false)}>{t.cancel}</button>
      {state.error && <span className="error" role="alert"> {state.error}</span>}
    </form>
  );
}
