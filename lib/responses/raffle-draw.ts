import "server-only";
import { randomBytes } from "node:crypto";
import { recordAudit } from "@/lib/audit/service";
import { prisma } from "@/lib/db/client";
import { ResponseError } from "./errors";
import { entriesHash, pickWinners, type TRaffleDrawForm } from "./raffle-pick";

/**
 * Drawing the raffle: under the same per-survey lock as a new entry (lib/responses/raffle.ts), read
 * the entries, pick the winners by the seed (lib/responses/raffle-pick.ts), store the draw, delete
 * every entry drawn from, and record the draw (seed, counts, fingerprint; no addresses) in the
 * audit log, all in one transaction. Entries that come in later wait for a next draw.
 */
export type TRaffleDraw = {
  id: string; seed: string; entryCount: number; entriesHash: string; winnerCount: number; winners: string[];
  drawnAt: Date; drawnBy: string | null; winnersDeletedAt: Date | null;
};

export async function raffleEntryCount(surveyId: string): Promise<number> {
  return prisma().raffleEntry.count({ where: { surveyId } });
}

export async function drawRaffle(surveyId: string, form: TRaffleDrawForm, actorId: string | null): Promise<TRaffleDraw> {
  const seed = form.seed || randomBytes(16).toString("hex");
  const id = await prisma().$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('raffle_entry'), hashtext(${surveyId}))`;
    const emails = (await tx.raffleEntry.findMany({ where: { surveyId }, select: { email: true } })).map((e) => e.email);
    if (emails.length === 0) throw new ResponseError(409, "Er zijn (nog) geen deelnemers aan de verloting.");
    const winners = pickWinners(emails, seed, form.winners);
    const hash = entriesHash(emails);
    const draw = await tx.raffleDraw.create({
      data: { surveyId, seed, entryCount: emails.length, entriesHash: hash, winnerCount: winners.length, winners, drawnById: actorId },
      select: { id: true },
    });
    await tx.raffleEntry.deleteMany({ where: { surveyId } });
    await recordAudit({
      action: "raffle.drawn", actorId, surveyId,
      details: { drawId: draw.id, seed, entries: emails.length, entriesHash: hash, winners: winners.length, entriesDeleted: emails.length },
    }, tx);
    return draw.id;
  });
  return (await listDraws(surveyId)).find((d) => d.id === id)!;
}

export async function listDraws(surveyId: string): Promise<TRaffleDraw[]> {
  const rows = await prisma().raffleDraw.findMany({
    where: { surveyId }, orderBy: { drawnAt: "desc" },
    select: {
      id: true, seed: true, entryCount: true, entriesHash: true, winnerCount: true, winners: true, drawnAt: true, winnersDeletedAt: true, drawnById: true,
    },
  });
  const users = await prisma().user.findMany({ where: { id: { in: rows.flatMap((r) => (r.drawnById ? [r.drawnById] : [])) } }, select: { id: true, email: true } });
  return rows.map(({ drawnById, ...r }) => ({ ...r, drawnBy: users.find((u) => u.id === drawnById)?.email ?? null }));
}

/** The winners' addresses of one draw of the survey, for the researcher to contact them; the download is audit-logged. */
export async function winnersForExport(surveyId: string, drawId: string, actorId: string | null): Promise<string[]> {
  const draw = await prisma().raffleDraw.findFirst({ where: { id: drawId, surveyId }, select: { winners: true, winnersDeletedAt: true } });
  if (!draw) throw new ResponseError(404, "Deze trekking bestaat niet.");
  if (draw.winnersDeletedAt) throw new ResponseError(409, "De adressen van deze winnaars zijn verwijderd.");
  await recordAudit({ action: "raffle.winners_exported", actorId, surveyId, details: { drawId, winners: draw.winners.length } });
  return draw.winners;
}

/** Deletes the winners' addresses once they are contacted (the draw's seed and counts stay). */
export async function deleteWinners(surveyId: string, drawId: string, actorId: string | null): Promise<boolean> {
  return prisma().$transaction(async (tx) => {
    const { count } = await tx.raffleDraw.updateMany({ where: { id: drawId, surveyId, winnersDeletedAt: null }, data: { winners: [], winnersDeletedAt: new Date() } });
    if (count > 0) await recordAudit({ action: "raffle.winners_deleted", actorId, surveyId, details: { drawId } }, tx);
    return count > 0;
  });
}
