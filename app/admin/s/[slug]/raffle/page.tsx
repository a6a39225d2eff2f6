import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getSurveyContext } from "@/lib/analysis/survey";
import { formatDateTime } from "@/lib/format/nl";
import { listDraws, raffleEntryCount } from "@/lib/responses/raffle-draw";
import { RaffleForm } from "@/components/dashboard/RaffleForm";
import styles from "@/components/dashboard/dashboard.module.css";
import { deleteWinnersAction, drawRaffleAction } from "./actions";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { pick } from "@/lib/i18n/admin";
import { RAFFLE } from "@/lib/i18n/admin/fieldwork";
import { adminLang } from "@/lib/i18n/admin-server";

export const dynamic = "force-dynamic";
export const generateMetadata = async (): Promise<Metadata> => ({ title: pick(RAFFLE, await adminLang()).title });

/** The raffle: the number of entries (never the addresses), the draw, and earlier draws with their seed and winners. */
export default async function RafflePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug: param } = await params;
  await requireSurveyArea(param, "raffle");
  const survey = await getSurveyContext(param);
  if (!survey) notFound();
  const [entries, draws] = await Promise.all([raffleEntryCount(survey.id), listDraws(survey.id)]);
  const slug = encodeURIComponent(survey.slug);
  const t = pick(RAFFLE, await adminLang());
  return (
    <main>
      <h2>{t.title}</h2>
      <p data-testid="raffle-entries"><strong>{entries}</strong> {t.entries(entries)}</p>
      <p className="muted">{t.intro}</p>
      <RaffleForm slug={survey.slug} entries={entries} action={drawRaffleAction} />
      <h3>{t.draws}</h3>
      {draws.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.collectors} data-testid="raffle-draws">
            <thead><tr><th>{t.colDrawn}</th><th>{t.colSeed}</th><th>{t.colEntries}</th><th>{t.colWinners}</th><th>{t.colAddresses}</th></tr></thead>
            <tbody>
              {draws.map((d) => (
                <tr key={d.id} data-draw={d.id}>
                  <td>{formatDateTime(d.drawnAt)}{d.drawnBy && <><br /><span className="muted">{d.drawnBy}</span></>}</td>
                  <td><code className={styles.link}>{d.seed}</code></td>
                  <td>{d.entryCount}<br /><span className="muted" title={t.hashTitle(d.entriesHash)}>{d.entriesHash.slice(0, 12)}…</span></td>
                  <td>{d.winnerCount}</td>
                  <td>
                    {d.winnersDeletedAt ? (
                      <span className="muted">{t.deletedOn(formatDateTime(d.winnersDeletedAt))}</span>
                    ) : (
                      <>
                        <a href={`/api/admin/s/${slug}/raffle/${d.id}`} download>{t.winnersCsv}</a>
                        <form action={deleteWinnersAction} className={styles.inline}>
                          <input type="hidden" name="slug" value={survey.slug} />
                          <input type="hidden" name="drawId" value={d.id} />
                          <button type="submit" className="btn btn-secondary">{t.deleteAddresses}</button>
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
