import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getSurveyContext } from "@/lib/analysis/survey";
import { formatDateTime } from "@/lib/format/nl";
import { listDraws, raffleEntryCount } from "@/lib/responses/raffle-draw";
import { RaffleForm } from "@/components/dashboard/RaffleForm";
import styles from "@/components/dashboard/dashboard.module.css";
import { deleteWinnersAction, drawRaffleAction } from "./actions";
import { requireSurveyArea } from "@/lib/auth/survey-access";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Verloting" };

/** The raffle: the number of entries (never the addresses), the draw, and earlier draws with their seed and winners. */
export default async function RafflePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug: param } = await params;
  await requireSurveyArea(param, "raffle");
  const survey = await getSurveyContext(param);
  if (!survey) notFound();
  const [entries, draws] = await Promise.all([raffleEntryCount(survey.id), listDraws(survey.id)]);
  const slug = encodeURIComponent(survey.slug);
  return (
    <main>
      <h2>Verloting</h2>
      <p data-testid="raffle-entries"><strong>{entries}</strong> {entries === 1 ? "inzending" : "inzendingen"} sinds de laatste trekking.</p>
      <p className="muted">
        De inzendingen (alleen e-mailadressen) zijn niet te koppelen aan antwoorden. De trekking is na te rekenen: elk adres krijgt de
        score sha256(seed + regeleinde + adres); de laagste scores winnen. Na de trekking worden alle inzendingen verwijderd; de seed,
        het aantal inzendingen en een vingerafdruk van de lijst blijven bewaard en staan in het auditlog.
      </p>
      <RaffleForm slug={survey.slug} entries={entries} action={drawRaffleAction} />
      <h3>Trekkingen</h3>
      {draws.length === 0 ? (
        <p>Nog geen trekkingen.</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.collectors} data-testid="raffle-draws">
            <thead><tr><th>Getrokken</th><th>Seed</th><th>Inzendingen</th><th>Winnaars</th><th>Adressen</th></tr></thead>
            <tbody>
              {draws.map((d) => (
                <tr key={d.id} data-draw={d.id}>
                  <td>{formatDateTime(d.drawnAt)}{d.drawnBy && <><br /><span className="muted">{d.drawnBy}</span></>}</td>
                  <td><code className={styles.link}>{d.seed}</code></td>
                  <td>{d.entryCount}<br /><span className="muted" title={`sha256 van de gesorteerde lijst: ${d.entriesHash}`}>{d.entriesHash.slice(0, 12)}…</span></td>
                  <td>{d.winnerCount}</td>
                  <td>
                    {d.winnersDeletedAt ? (
                      <span className="muted">verwijderd op {formatDateTime(d.winnersDeletedAt)}</span>
                    ) : (
                      <>
                        <a href={`/api/admin/s/${slug}/raffle/${d.id}`} download>Winnaars (CSV)</a>
                        <form action={deleteWinnersAction} className={styles.inline}>
                          <input type="hidden" name="slug" value={survey.slug} />
                          <input type="hidden" name="drawId" value={d.id} />
                          <button type="submit" className="btn btn-secondary">Adressen verwijderen</button>
                        </form>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}
