import "server-only";
import { z } from "zod";
import type { TDimension } from "@/lib/survey/config";
import { prisma } from "@/lib/db/client";
import { filterQuery, parseFilters } from "./filters";

/**
 * Saved filter views of the results page: a name and the filters as a query string, per survey,
 * shared by the survey's researchers. The query is parsed with the survey's dimensions and
 * written back canonically, so a view holds only filters the page understands.
 */
export const ZSaveView = z.strictObject({
  slug: z.string().min(1).max(120),
  name: z.string().trim().min(1, "Geef de weergave een naam.").max(80, "Een naam heeft hoogstens 80 tekens."),
  query: z.string().max(2000, "Deze selectie is te lang om op te slaan.").default(""),
});
export type TSaveView = z.infer<typeof ZSaveView>;
export const ZDeleteView = ZSaveView.pick({ slug: true }).extend({ id: z.uuid("Onbekende weergave.") });

export type TSavedView = { id: string; name: string; query: string; createdBy: string | null; createdById: string | null };

/** The filters of a query string as the results page writes them (throws a ZodError on bad filters). */
export function canonicalQuery(raw: string, dimensions: TDimension[], groupings: string[] = []): string {
  const search = new URLSearchParams(raw.replace(/^\?/, ""));
  const groupBy = search.get("groupBy");
  search.delete("groupBy");
  const q = new URLSearchParams(filterQuery(parseFilters(search, dimensions)));
  if (groupBy && groupings.includes(groupBy)) q.set("groupBy", groupBy);
  return q.toString();
}

export async function listSavedViews(surveyId: string): Promise<TSavedView[]> {
  const rows = await prisma().savedView.findMany({
    where: { surveyId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, query: true, createdById: true, createdBy: { select: { name: true, email: true } } },
  });
  return rows.map((r) => ({ id: r.id, name: r.name, query: r.query, createdById: r.createdById, createdBy: r.createdBy?.name ?? r.createdBy?.email ?? null }));
}

/** Saves under a name; the same name again replaces that view's filters. */
export async function saveView(surveyId: string, name: string, query: string, userId: string): Promise<TSavedView> {
  const r = await prisma().savedView.upsert({
    where: { surveyId_name: { surveyId, name } },
    create: { surveyId, name, query, createdById: userId },
    update: { query, createdById: userId },
    select: { id: true, name: true, query: true, createdById: true },
  });
  return { ...r, createdBy: null };
}

/** Removes a view: its author or an admin. Returns false when there is no such view it may remove. */
export async function deleteView(surveyId: string, id: string, user: { id: string; role: string }): Promise<boolean> {
  const { count } = await prisma().savedView.deleteMany({
    where: { id, surveyId, ...(user.role === "admin" ? {} : { createdById: user.id }) },
  });
  return count > 0;
}
