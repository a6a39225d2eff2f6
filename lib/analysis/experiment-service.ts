import "server-only";
import { listExperiments, type TExperiment } from "@/lib/survey/experiment-service";
import { targetShares } from "@/lib/survey/experiment";
import { FLOW_MODE_LABELS } from "./dimensions";
import { groupCounts, groupPages } from "./experiment";
import { cached } from "./service";
import { getVersion } from "@/lib/survey/service";
import { flowPages, shapeGroupComparison, type TGroupComparison, type TGroupSpec } from "./shape-experiment";
import type { TSurveyContext } from "./survey";

/** Monitoring's experiment and before/after figures, cached per live marker like every figure. */
const versionLabel = (version: number, flowMode: string) => `Versie ${version}: ${FLOW_MODE_LABELS[flowMode] ?? flowMode}`;
/** The pages of the compared versions in flow order, with their labels. */
const labels = async (versionIds: string[]) => flowPages((await Promise.all(versionIds.map(getVersion))).flatMap((v) => (v ? [v.def] : [])));

export type TExperimentFigure = { experiment: TExperiment; comparison: TGroupComparison };

/** Every experiment of the survey (newest first) with its arms compared. */
export async function getExperimentFigures(s: TSurveyContext): Promise<TExperimentFigure[]> {
  const experiments = await listExperiments(s.id);
  return Promise.all(
    experiments.map(async (experiment) => {
      const shares = targetShares(experiment.arms.map((a) => a.weight));
      const specs: TGroupSpec[] = experiment.arms.map((a, i) => ({
        key: a.id, label: versionLabel(a.version, a.flowMode), detail: `${Math.round(shares[i] * 100)}% van de nieuwe deelnemers`,
      }));
      const scope = { kind: "arm", experimentId: experiment.id } as const;
      const comparison = await cached(s, ["experiment", experiment.id], async (db) =>
        shapeGroupComparison(specs, await groupCounts(db, s.id, scope), await groupPages(db, s.id, scope), await labels(experiment.arms.map((a) => a.versionId))),
      );
      return { experiment, comparison };
    }),
  );
}

/**
 * Before and after a switch of the flow by a new version (no experiment): the live versions with
 * responses outside experiments, in the order they started. Null with fewer than two.
 */
export async function getBeforeAfter(s: TSurveyContext): Promise<TGroupComparison | null> {
  const scope = { kind: "version" } as const;
  const comparison = await cached(s, ["beforeAfter"], async (db) => {
    const counts = await groupCounts(db, s.id, scope);
    const { rows: versions } = await db.query<{ id: string; version: number; flowMode: string }>(
      `SELECT id, version, flow_mode::text AS "flowMode" FROM survey_version WHERE survey_id = $1 AND NOT is_imported`, [s.id],
    );
    const ordered = counts.filter((c) => c.started > 0).sort((a, b) => (a.first?.getTime() ?? 0) - (b.first?.getTime() ?? 0));
    const specs = ordered.flatMap((c): TGroupSpec[] => {
      const v = versions.find((x) => x.id === c.group);
      return v ? [{ key: v.id, label: versionLabel(v.version, v.flowMode) }] : [];
    });
    return shapeGroupComparison(specs, counts, await groupPages(db, s.id, scope), await labels(specs.map((x) => x.key)));
  });
  return comparison.groups.length >= 2 ? comparison : null;
}
