import type { Metadata } from "next";

export const metadata: Metadata = { title: "Pagina niet gevonden" };

/** Any address that is not a page of the platform. */
export default function NotFound() {
  return (
    <main className="container">
      <h1>Pagina niet gevonden</h1>
      <p>Deze pagina bestaat niet. Controleer het adres, of ga naar de startpagina.</p>
      <p>
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a plain link: this boundary is part of every route, next/link would add its code to each */}
        <a href="/">Naar de startpagina</a>
      </p>
    </main>
  );
}
