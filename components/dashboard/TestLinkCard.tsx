"use client";

import { useActionState, useEffect, useState } from "react";
import type { TDraftFormState } from "@/app/admin/s/[slug]/versions/actions";
import { pick } from "@/lib/i18n/admin";
import { TEST_LINK } from "@/lib/i18n/admin/versions";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import styles from "./dashboard.module.css";

type TProps = {
  slug: string;
  /** `/s/<slug>?test=<token>`; the site's address is put before it in the browser. */
  path: string;
  renewAction: (prev: TDraftFormState, form: FormData) => Promise<TDraftFormState>;
};

/** The survey's test link: shown, copied, renewed. */
export function TestLinkCard({ slug, path, renewAction }: TProps) {
  const [state, renew, isPending] = useActionState(renewAction, {});
  const t = pick(TEST_LINK, useAdminLang());
  const [origin, setOrigin] = useState("");
  const [copied, setCopied] = useState(false);
  useEffect(() => setOrigin(window.location.origin), []);
  useEffect(() => setCopied(false), [path]);
  const url = `${origin}${path}`;
  return (
    <section aria-labelledby="testlink-heading" className={styles.card} data-testid="test-link">
      <h3 id="testlink-heading">{t.title}</h3>
      <p className="muted">{t.help}</p>
      <div className={styles.testLinkRow}>
        <input readOnly value={url} aria-label={t.link} data-testid="test-url" onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button" className="btn btn-secondary"
          onClick={() => navigator.clipboard?.writeText(url).then(() => setCopied(true), () => {})}
        >
          {copied ? t.copied : t.copy}
        </button>
      </div>
      <form action={renew}>
        <input type="hidden" name="slug" value={slug} />
        <button type="submit" className="btn btn-secondary" disabled={isPending}>{t.renew}</button>{" "}
        <span className="muted">{t.renewHelp}</span>
      </form>
      {state.error && <p className="error" role="alert">{state.error}</p>}
      {state.done && !isPending && <p role="status">{state.done}</p>}
    </section>
  );
}
