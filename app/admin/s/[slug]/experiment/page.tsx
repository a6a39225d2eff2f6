import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FLOW_MODE_LABELS } from "@/lib/analysis/dimensions";
import { getSurveyContext } from "@/lib/analysis/survey";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { formatCount, formatDateTime } from "@/lib/format/nl";
import { weightLabel } from "@/lib/survey/experiment";
import { listArmCandidates, listExperiments } from "@/lib/survey/experiment-service";
import { ExperimentForm } from "@/components/dashboard/ExperimentForm";
import styles from "@/components/dashboard/dashboard.module.css";
import { startExperimentAction, stopExperimentAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Experiment" };

const versionLabel = (version: number, flowMode: string) => `Versie ${version}: ${FLOW_MODE_LABELS[flowMode] ?? flowMode}`;

/** Flow experiment: open versions as arms with weights, started and stopped here; the outcome is in Monitoring. */
export default async function ExperimentPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireSurveyArea(slug, "experiment");
  const survey = await getSurveyContext(slug);
  if (!survey) notFound();
  const [candidates, experiments] = await Promise.all([listArmCandidates(survey.id), listExperiments(survey.id)]);
  const running = experiments.find((e) => !e.stoppedAt);
  const monitoring = `/admin/s/${encodeURIComponent(survey.slug)}`;
  return (
    <main>
      <h2>Experiment</h2>
      <p className="muted">
        Vergelijk versies (bijvoorbeeld beide delen na elkaar tegen een deel naar keuze) door nieuwe deelnemers willekeurig toe te wijzen,
        naar de gewichten die je kiest en in evenwicht: per blok krijgt elke versie precies haar aandeel. Wie al begonnen is, houdt zijn
        versie, ook na het stoppen. De uitval per arm, met 95 %-intervallen en een toets, staat onder <Link href={monitoring}>Monitoring</Link>.
      </p>
      {running ? (
        <section className={styles.card} data-testid="experiment-running">
          <h3>Loopt sinds {formatDateTime(running.startedAt, survey.timeZone)}</h3>
          <ul>
            {running.arms.map((a, i) => (
              <li key={a.id}>{versionLabel(a.version, a.flowMode)}: {weightLabel(running.arms.map((x) => x.weight)).split(" / ")[i]}</li>
            ))}
          </ul>
          <p>{formatCount(running.assigned)} nieuwe deelnemers toegewezen (blokken van {running.blockSize}).</p>
          <form action={stopExperimentAction}>
            <input type="hidden" name="slug" value={survey.slug} />
            <button type="submit" className="btn btn-secondary">Experiment stoppen</button>
          </form>
        </section>
      ) : candidates.length < 2 ? (
        <p data-testid="experiment-unavailable">
          Een experiment vergelijkt minstens twee open versies; deze vragenlijst heeft er {candidates.length}. Zet een tweede versie open in
          survey.json.
        </p>
      ) : (
        <ExperimentForm slug={survey.slug} versions={candidates.map((c) => ({ id: c.id, label: versionLabel(c.version, c.flowMode) }))} action={startExperimentAction} />
      )}
      {experiments.some((e) => e.stoppedAt) && (
        <>
          <h3>Eerdere experimenten</h3>
          <ul data-testid="experiments-stopped">
            {experiments.filter((e) => e.stoppedAt).map((e) => (
              <li key={e.id}>
                {formatDateTime(e.startedAt, survey.timeZone)} – {formatDateTime(e.stoppedAt, survey.timeZone)}:{" "}
                {e.arms.map((a) => `versie ${a.version}`).join(" tegen ")} ({weightLabel(e.arms.map((a) => a.weight))}), {formatCount(e.assigned)} toegewezen
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
