"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { startTransition } from "react";

/** The body of an admin error.tsx: the layout (navigation) stays, the page offers a retry. */
export function PageError({ reset, backHref, backLabel }: { reset: () => void; backHref: string; backLabel: string }) {
  const router = useRouter();
  // Refresh re-runs the server components; reset clears the boundary once they are back.
  const retry = () => startTransition(() => (router.refresh(), reset()));
  return (
    <main data-testid="page-error">
      <h2>Er ging iets mis</h2>
      <p>Deze pagina kon niet worden geladen. Probeer het opnieuw; blijft het misgaan, meld het dan aan de beheerder.</p>
      <p>
        <button type="button" className="btn" onClick={retry}>
          Opnieuw proberen
        </button>{" "}
        <Link href={backHref}>{backLabel}</Link>
      </p>
    </main>
  );
}
