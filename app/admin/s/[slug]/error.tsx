"use client";

import { PageError } from "@/components/admin/PageError";

/** A survey page that failed to render: the survey's title and tabs stay usable. */
export default function SurveyPageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError reset={reset} backHref="/admin" backLabel="Alle vragenlijsten" />;
}
