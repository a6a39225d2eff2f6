import "server-only";
import { prisma } from "@/lib/db/client";
import { elementVariables } from "@/lib/export/codebook";
import { getVersion } from "@/lib/survey/service";
import { rowFields, toRow, type TResponseRow } from "./manage";

/**
 * One response as a researcher reads it: its answers (with the question's label and the option's
 * label where the version has them), the version and flow, the pages with their times, the
 * randomised orders shown and the source. Nothing about the respondent beyond what they answered.
 */
export type TAnswerLine = { variable: string; pageId: string; label: string; value: string };
export type TVisitLine = { pageId: string; enteredAt: Date; submittedAt: Date; durationMs: number; saveCount: number };
export type TResponseDetail = TResponseRow & {
  flowMode: string; updatedAt: Date; partsFinished: Record<string, string>; displayOrder: Record<string, string[]>;
  hasIpHash: boolean; isIpDuplicate: boolean | null; externalId: string | null; reviewedBy: string | null;
  answers: TAnswerLine[]; visits: TVisitLine[];
};

export async function getResponseDetail(surveyId: string, id: string): Promise<TResponseDetail | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const r = await prisma().response.findFirst({
    where: { id, surveyId },
    select: {
      ...rowFields, versionId: true, flowMode: true, updatedAt: true, partsFinished: true, displayOrder: true, ipHash: true,
      isIpDuplicate: true, externalId: true, reviewedById: true,
      answers: { select: { variable: true, pageId: true, num: true, text: true } },
      pages: { select: { pageId: true, enteredAt: true, submittedAt: true, durationMs: true, saveCount: true }, orderBy: { enteredAt: "asc" } },
    },
  });
  if (!r) return undefined;
  const [version, reviewer] = await Promise.all([
    getVersion(r.versionId),
    r.reviewedById ? prisma().user.findUnique({ where: { id: r.reviewedById }, select: { email: true } }) : null,
  ]);
  const variables = version ? elementVariables(version.def) : [];
  const order = new Map(variables.map((v, i) => [v.name, i]));
  const answers = r.answers
    .map((a): TAnswerLine & { at: number } => {
      const v = variables.find((x) => x.name === a.variable);
      const optionLabel = a.num === null ? undefined : v?.valueLabels.find((l) => l.value === a.num || l.code === String(a.num))?.label;
      const raw = a.num === null ? (a.text ?? "") : String(a.num);
      return {
        variable: a.variable, pageId: a.pageId, label: v?.label ?? a.variable,
        value: optionLabel && optionLabel !== raw ? `${raw} (${optionLabel})` : raw, at: order.get(a.variable) ?? Number.MAX_SAFE_INTEGER,
      };
    })
    .sort((a, b) => a.at - b.at || a.variable.localeCompare(b.variable))
    .map(({ at: _at, ...line }) => line);
  return {
    ...toRow(r), flowMode: r.flowMode, updatedAt: r.updatedAt,
    partsFinished: (r.partsFinished ?? {}) as Record<string, string>, displayOrder: (r.displayOrder ?? {}) as Record<string, string[]>,
    hasIpHash: r.ipHash !== null, isIpDuplicate: r.isIpDuplicate, externalId: r.externalId, reviewedBy: reviewer?.email ?? null,
    answers, visits: r.pages,
  };
}
