import type { Metadata } from "next";

export const metadata: Metadata = { title: "Vragenlijst niet gevonden" };

/** An unknown survey link, or a survey that is not open (yet, or any more). */
export default function SurveyNotFound() {
  return (
    <main className="container sv-main">
      <h1>Deze vragenlijst bestaat niet (meer)</h1>
      <p>
        We vinden geen open vragenlijst bij deze link. Misschien is de vragenlijst gesloten, of is de link niet helemaal goed
        overgenomen. Controleer de link in de uitnodiging, of vraag de onderzoeker om een nieuwe.
      </p>
    </main>
  );
}
