"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { startTransition } from "react";
import { pick } from "@/lib/i18n/admin";
import { SURVEY_FRAME } from "@/lib/i18n/admin/survey-frame";
import { useAdminLang } from "./AdminLanguage";

/** The body of an admin error.tsx: the layout (navigation) stays, the page offers a retry. */
export function PageError({ reset, backHref, backLabel }: { reset: () => void; backHref: string; backLabel: string }) {
  const router = useRouter();
  const t = pick(SURVEY_FRAME, useAdminLang());
  // Refresh re-runs the server components; reset clears the boundary once they are back.
  const retry = () => startTransition(() => (router.refresh(), reset()));
  return (
    <main data-testid="page-error">
      <h2>{t.errorTitle}</h2>
      <p>{t.errorText}</p>
      <p>
        <button type="button" className="btn" onClick={retry}>
          {t.retry}
        </button>{" "}
        <Link href={backHref}>{backLabel}</Link>
      </p>
    </main>
  );
}
