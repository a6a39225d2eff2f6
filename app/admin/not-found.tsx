"use client";

import Link from "next/link";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import { pick } from "@/lib/i18n/admin";
import { SURVEY_FRAME } from "@/lib/i18n/admin/survey-frame";

/** Unknown admin paths and unknown surveys (the survey layout's notFound() lands here). */
export default function AdminNotFound() {
  const t = pick(SURVEY_FRAME, useAdminLang());
  return (
    <main className="container" data-testid="not-found">
      <h1>{t.notFound}</h1>
      <p>{t.notFoundAdmin}</p>
      <p>
        <Link href="/admin">{t.toOverview}</Link>
      </p>
    </main>
  );
}
