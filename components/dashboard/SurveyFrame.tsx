"use client";

import Link from "next/link";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import { pick } from "@/lib/i18n/admin";
import { SURVEY_FRAME } from "@/lib/i18n/admin/survey-frame";
import styles from "./dashboard.module.css";

// The survey layout's texts come from the client context, not from a second cookie read in the layout:
// the layout then renders as before, and client navigations keep their <title> (tests/e2e/admin-titles.spec.ts).

/** The link back to the overview above a survey's title. */
export function BackToSurveys() {
  return (
    <p className="no-print">
      <Link href="/admin">{pick(SURVEY_FRAME, useAdminLang()).backToAll}</Link>
    </p>
  );
}

/** The notice on an archived survey. */
export function ArchivedNotice() {
  return <p className={styles.warning}>{pick(SURVEY_FRAME, useAdminLang()).archived}</p>;
}
