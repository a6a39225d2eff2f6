"use client";

import { PageError } from "@/components/admin/PageError";

/** An admin page that failed to render: the admin navigation stays usable. */
export default function AdminError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="container">
      <PageError reset={reset} backHref="/admin" backLabel="Naar het overzicht" />
    </div>
  );
}
