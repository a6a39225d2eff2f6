"use client";

import { useActionState, useState, type FormEvent } from "react";
import type { TRaffleState } from "@/app/admin/s/[slug]/raffle/actions";
import { ZRaffleDrawForm } from "@/lib/responses/raffle-pick";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import { pick } from "@/lib/i18n/admin";
import { RAFFLE } from "@/lib/i18n/admin/fieldwork";
import styles from "./dashboard.module.css";

type TProps = { slug: string; entries: number; action: (prev: TRaffleState, form: FormData) => Promise<TRaffleState> };

/** The draw: how many winners, an optional seed, and a confirmation that the entries are deleted after. */
export function RaffleForm({ slug, entries, action }: TProps) {
  const [state, submit, isPending] = useActionState(action, {});
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const t = pick(RAFFLE, useAdminLang());
  const errors = { ...state.errors, ...clientErrors };
  const check = (e: FormEvent<HTMLFormElement>) => {
    const form = new FormData(e.currentTarget);
    const parsed = ZRaffleDrawForm.safeParse({ winners: form.get("winners") ?? "", seed: form.get("seed") ?? "" });
    const found: Record<string, string> = parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
    if (form.get("confirm") !== "on") found.confirm = t.confirm;
    setClientErrors(found);
    if (Object.keys(found).length) e.preventDefault();
  };
  const error = (name: string) => (errors[name] ? <p className="error" id={`raffle-${name}-error`} role="alert">{errors[name]}</p> : null);
  return (
    <form action={submit} onSubmit={check} noValidate className={styles.collectorForm}>
      <input type="hidden" name="slug" value={slug} />
      <label>
        {t.winners}
        <input name="winners" type="number" min={1} max={1000} inputMode="numeric" defaultValue={1} aria-invalid={!!errors.winners} aria-describedby={errors.winners ? "raffle-winners-error" : undefined} />
      </label>
      {error("winners")}
      <label>
        {t.seed}
        <input name="seed" maxLength={100} placeholder={t.seedPlaceholder} aria-invalid={!!errors.seed} aria-describedby={errors.seed ? "raffle-seed-error" : undefined} />
      </label>
      {error("seed")}
      <label className={styles.check}>
        <input type="checkbox" name="confirm" aria-invalid={!!errors.confirm} /> {t.confirmLabel(entries)}
      </label>
      {error("confirm")}
      <button type="submit" className="btn" disabled={isPending || entries === 0}>{t.draw}</button>
      {error("form")}
      {state.drawn && !isPending && (
        <p role="status">{t.drawnBefore(state.drawn.winners)}<code>{state.drawn.seed}</code>.</p>
      )}
    </form>
  );
}
