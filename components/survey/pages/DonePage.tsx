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
          <h2 id="offer-title">Wil je ook het andere deel invullen?</h2>
          <p>
            <strong>{offer.title}</strong> (ongeveer {offer.estimatedMinutes} minuten, helemaal vrijwillig)
          </p>
          <p>{offer.description}</p>
        </section>
      )}
    </>
  );
}
