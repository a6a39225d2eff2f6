import type { Metadata } from "next";

export const metadata: Metadata = { title: "Link niet (meer) geldig", robots: { index: false, follow: false } };

/** A share link that was revoked, has expired or never existed: one answer for all three. */
export default function ShareLinkNotFound() {
  return (
    <main className="container" data-testid="share-invalid">
      <h1>Deze link is niet (meer) geldig</h1>
      <p>
        De link naar deze resultaten is ingetrokken, verlopen of onvolledig gekopieerd. Vraag degene die hem met je deelde om
        een nieuwe link.
      </p>
    </main>
  );
}
