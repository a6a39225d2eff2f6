/**
 * Rendered with status 403 when requireAdmin() refuses a signed-in researcher. A plain link: this
 * file is part of every route, and next/link would add the client router's link code to each.
 */
export default function Forbidden() {
  return (
    <main className="container" data-testid="forbidden">
      <h1>Geen toegang</h1>
      <p>Deze pagina is alleen voor beheerders. Vraag een beheerder als je toegang nodig hebt.</p>
      <p>
        <a href="/admin">Terug naar het overzicht</a>
      </p>
    </main>
  );
}
