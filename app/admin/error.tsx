"use client";

import { PageError } from "@/components/admin/PageError";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import { pick } from "@/lib/i18n/admin";
import { SURVEY_FRAME } from "@/lib/i18n/admin/survey-frame";

/** An admin page that failed to render: the admin navigation stays usable. */
export default function AdminError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = pick(SURVEY_FRAME, useAdminLang());
  return (
    <div className="container">
      <PageError reset={reset} backHref="/admin" backLabel={t.toOverview} />
    </div>
  );
}
