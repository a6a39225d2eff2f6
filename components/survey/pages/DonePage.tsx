"use client";

import type { TPart } from "@/lib/survey/definition";
import type { TPageProps } from "./types";

/** The thank-you page; in choice mode it offers the other part (the form's submit button). */
export function DonePage({ def, offer }: TPageProps & { offer?: TPart }) {
  return (
    <>
      <p>{def.thanks.body}</p>
      {offer && (
        <section className="sv-offer" aria-labelledby="offer-title">
          <h2 id="offer-title">Wil je ook {offer.title.charAt(0).toLowerCase() + offer.title.slice(1)} invullen?</h2>
          <p>{offer.description}</p>
          <p className="sv-help">Dit duurt ongeveer {offer.estimatedMinutes} minuten en is helemaal vrijwillig.</p>
        </section>
      )}
    </>
  );
}
