import { z } from "zod";
import { ZId } from "@/lib/survey/version/primitives";

/**
 * A survey's report as data (surveys/<folder>/report.json): sections of figures, ranking tables
 * and panels, each naming the element it summarises, the aggregate, the grouping and filters.
 * The number and order of figures come from this file. A survey without one gets a default
 * report: every question element summarised by its type's aggregate (./default.ts).
 */
const ZFigureId = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, "ID: kleine letters, cijfers, _ en -");

export const ZAggregate = z.enum(["distribution", "share", "mean", "meanRank", "count"]);
export type TAggregate = z.infer<typeof ZAggregate>;

/** Variable (single-choice element) → code(s) the entry is restricted to, e.g. one activity. */
const ZEntryFilter = z.record(ZId, z.union([ZId, z.array(ZId).min(1)]));

const entry = {
  id: ZFigureId,
  /** Shown as is; `{waves}` becomes the waves in the data ("2020 en 2023 gecombineerd" / "alle waves"). */
  title: z.string().min(1),
  /** The element summarised (its ID in the version). */
  element: ZId,
  /** Default: the element type's aggregate (single → distribution, multi/pickn → share, …). */
  aggregate: ZAggregate.optional(),
  filter: ZEntryFilter.optional(),
  /** Options or items left out (e.g. "geen" in a ranking of activities). */
  exclude: z.array(ZId).default([]),
  note: z.string().optional(),
};

export const ZFigureEntry = z.strictObject({
  ...entry,
  kind: z.literal("figure"),
  /** One series per value of this: "total", "wave", "flow_mode", "version" or a dimension ID. */
  series: z.string().default("total"),
  /** Grid: a row per option, or per group of the list (pooled ratings of a group). */
  rows: z.enum(["options", "groups"]).default("options"),
  /** "definition": questionnaire order; "desc": highest value (count or mean) first. */
  sort: z.enum(["definition", "desc"]).default("definition"),
  /** Equal values under "desc": label order, or questionnaire order. Default: label for counts, questionnaire for means. */
  ties: z.enum(["label", "definition"]).optional(),
  /** Leave out rows without any answer. */
  hideEmpty: z.boolean().default(false),
  /** Keep only the first N rows (after sorting). */
  top: z.number().int().positive().optional(),
});
export type TFigureEntry = z.infer<typeof ZFigureEntry>;

export const ZTableEntry = z.strictObject({
  ...entry,
  kind: z.literal("ranking"),
  /** One column per value of this dimension; each column ranks the options by count. */
  columns: z.string(),
  /** Ranks shown per column; default every option. */
  depth: z.number().int().positive().optional(),
});
export type TTableEntry = z.infer<typeof ZTableEntry>;

export const ZPanelEntry = z.strictObject({
  kind: z.literal("panel"),
  id: ZFigureId,
  title: z.string().min(1),
  /** Shown when the panel's N is small (0 < N < 10), after the standard warning. */
  smallWarning: z.string().optional(),
  items: z.array(z.discriminatedUnion("kind", [ZFigureEntry, ZTableEntry])).min(1),
});
export type TPanelEntry = z.infer<typeof ZPanelEntry>;

export const ZReportEntry = z.discriminatedUnion("kind", [ZFigureEntry, ZTableEntry, ZPanelEntry]);
export type TReportEntry = z.infer<typeof ZReportEntry>;

export const ZReportSection = z.strictObject({
  id: ZFigureId,
  title: z.string().min(1),
  intro: z.string().optional(),
  items: z.array(ZReportEntry).min(1),
});
export type TReportSection = z.infer<typeof ZReportSection>;

export const ZReport = z
  .strictObject({
    sections: z.array(ZReportSection).min(1),
  })
  .superRefine((r, ctx) => {
    const ids = r.sections.flatMap((s) => s.items.flatMap((i) => (i.kind === "panel" ? [i.id, ...i.items.map((x) => x.id)] : [i.id])));
    const dup = ids.find((id, i) => ids.indexOf(id) !== i);
    if (dup) ctx.addIssue({ code: "custom", path: ["sections"], message: `Dubbele ID ${dup}` });
  });
export type TReport = z.infer<typeof ZReport>;
export type TReportInput = z.input<typeof ZReport>;
