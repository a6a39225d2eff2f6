import Link from "next/link";

/** Unknown admin paths and unknown surveys (the survey layout's notFound() lands here). */
export default function AdminNotFound() {
  return (
    <main className="container" data-testid="not-found">
      <h1>Niet gevonden</h1>
      <p>Deze pagina of vragenlijst bestaat niet (meer).</p>
      <p>
        <Link href="/admin">Naar het overzicht</Link>
      </p>
    </main>
  );
}
