import Link from "next/link";
import { listSurveys } from "@/lib/survey/service";

export const dynamic = "force-dynamic";

export default async function Home() {
  const surveys = await listSurveys();
  return (
    <main className="container">
      <h1>Vragenlijsten</h1>
      <ul>
        {surveys.map((s) => (
          <li key={s.slug}>
            <Link href={`/s/${s.slug}`}>{s.title}</Link>
          </li>
        ))}
      </ul>
      <p className="muted">
        Onderzoeker? <Link href="/admin">Naar het dashboard</Link>
      </p>
    </main>
  );
}
