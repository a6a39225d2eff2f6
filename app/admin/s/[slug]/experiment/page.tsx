import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getSurveyContext } from "@/lib/analysis/survey";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { formatCount, formatDateTime } from "@/lib/format/nl";
import { weightLabel } from "@/lib/survey/experiment";
import { listArmCandidates, listExperiments } from "@/lib/survey/experiment-service";
import { ExperimentForm } from "@/components/dashboard/ExperimentForm";
import styles from "@/components/dashboard/dashboard.module.css";
import { startExperimentAction, stopExperimentAction } from "./actions";
import { pick } from "@/lib/i18n/admin";
import { EXPERIMENT } from "@/lib/i18n/admin/fieldwork";
import { adminLang } from "@/lib/i18n/admin-server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Experiment" };

/** Flow experiment: open versions as arms with weights, started and stopped here; the outcome is in Monitoring. */
export default async function ExperimentPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireSurveyArea(slug, "experiment");
  const survey = await getSurveyContext(slug);
  if (!survey) notFound();
  const [candidates, experiments] = await Promise.all([listArmCandidates(survey.id), listExperiments(survey.id)]);
  const running = experiments.find((e) => !e.stoppedAt);
  const t = pick(EXPERIMENT, await adminLang());
  const versionLabel = (version: number, flowMode: string) => t.versionLabel(version, t.flowModes[flowMode] ?? flowMode);
  const monitoring = `/admin/s/${encodeURIComponent(survey.slug)}`;
  return (
    <main>
      <h2>{t.title}</h2>
      <p className="muted">
        {t.introBefore}<Link href={monitoring}>{t.monitoring}</Link>.
      </p>
      {running ? (
        <section className={styles.card} data-testid="experiment-running">
          <h3>{t.runningSince(formatDateTime(running.startedAt, survey.timeZone))}</h3>
          <ul>
            {running.arms.map((a, i) => (
              <li key={a.id}>{versionLabel(a.version, a.flowMode)}: {weightLabel(running.arms.map((x) => x.weight)).split(" / ")[i]}</li>
            ))}
          </ul>
          <p>{t.assigned(formatCount(running.assigned), running.blockSize)}</p>
          <form action={stopExperimentAction}>
            <input type="hidden" name="slug" value={survey.slug} />
            <button type="submit" className="btn btn-secondary">{t.stop}</button>
          </form>
        </section>
      ) : candidates.length < 2 ? (
        <p data-testid="experiment-unavailable">
          {t.unavailable(candidates.length)}
        </p>
      ) : (
        <ExperimentForm slug={survey.slug} versions={candidates.map((c) => ({ id: c.id, label: versionLabel(c.version, c.flowMode) }))} action={startExperimentAction} />
      )}
      {experiments.some((e) => e.stoppedAt) && (
        <>
          <h3>{t.earlier}</h3>
          <ul data-testid="experiments-stopped">
            {experiments.filter((e) => e.stoppedAt).map((e) => (
              <li key={e.id}>
                {formatDateTime(e.startedAt, survey.timeZone)} – {formatDateTime(e.stoppedAt, survey.timeZone)}:{" "}
                {e.arms.map((a) => t.version(a.version)).join(t.against)} ({weightLabel(e.arms.map((a) => a.weight))}), {t.assignedShort(formatCount(e.assigned))}
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
