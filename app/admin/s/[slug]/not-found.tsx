import Link from "next/link";

/** A page of a survey that notFound() refused; the survey's tabs stay. */
export default function SurveyNotFound() {
  return (
    <main data-testid="not-found">
      <h2>Niet gevonden</h2>
      <p>Dit onderdeel van de vragenlijst bestaat niet (meer).</p>
      <p>
        <Link href="/admin">Alle vragenlijsten</Link>
      </p>
    </main>
  );
}
