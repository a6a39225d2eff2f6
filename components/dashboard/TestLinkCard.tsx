"use client";

import { useActionState, useEffect, useState } from "react";
import type { TDraftFormState } from "@/app/admin/s/[slug]/versions/actions";
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
  const [origin, setOrigin] = useState("");
  const [copied, setCopied] = useState(false);
  useEffect(() => setOrigin(window.location.origin), []);
  useEffect(() => setCopied(false), [path]);
  const url = `${origin}${path}`;
  return (
    <section aria-labelledby="testlink-heading" className={styles.card} data-testid="test-link">
      <h3 id="testlink-heading">Testlink</h3>
      <p className="muted">
        Probeer de gepubliceerde vragenlijst zoals een nieuwe deelnemer haar krijgt, ook als het veldwerk nog niet open of al gesloten is.
        Antwoorden worden echt opgeslagen maar gemarkeerd als test: ze tellen niet mee in monitoring, resultaten, links, verloting en
        exports (behalve met &quot;Ook testantwoorden&quot;). Verwijder ze onder Antwoorden. Deel deze link niet met deelnemers.
      </p>
      <div className={styles.testLinkRow}>
        <input readOnly value={url} aria-label="De testlink" data-testid="test-url" onFocus={(e) => e.currentTarget.select()} />
        <button
          type="button" className="btn btn-secondary"
          onClick={() => navigator.clipboard?.writeText(url).then(() => setCopied(true), () => {})}
        >
          {copied ? "Gekopieerd" : "Kopiëren"}
        </button>
      </div>
      <form action={renew}>
        <input type="hidden" name="slug" value={slug} />
        <button type="submit" className="btn btn-secondary" disabled={isPending}>Testlink vernieuwen</button>{" "}
        <span className="muted">De huidige testlink werkt daarna niet meer.</span>
      </form>
      {state.error && <p className="error" role="alert">{state.error}</p>}
      {state.done && !isPending && <p role="status">{state.done}</p>}
    </section>
  );
}
