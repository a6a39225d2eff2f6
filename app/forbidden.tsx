import Link from "next/link";

/** Rendered with status 403 when requireAdmin() refuses a signed-in researcher. */
export default function Forbidden() {
  return (
    <main className="container" data-testid="forbidden">
      <h1>Geen toegang</h1>
      <p>Deze pagina is alleen voor beheerders. Vraag een beheerder als je toegang nodig hebt.</p>
      <p>
        <Link href="/admin">Terug naar het overzicht</Link>
      </p>
    </main>
  );
}
