import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/audit/service";
import { createAccount } from "@/lib/auth/accounts";
import { pool } from "@/lib/db/client";
import { ImportError } from "@/lib/import/errors";
import { ZImportOptions } from "@/lib/import/options";
import { analyseFile, importFile, listImports, undoImport } from "@/lib/import/service";
import { query, resetDb } from "./db";
import { fixture, SLUG, withTolerantie } from "./import-helpers";

/**
 * An import mistake is not permanent: undoing a batch deletes its responses (answers and page
 * visits with them), its version and the batch, and the same file can be imported again (before,
 * the second import was refused as "al geïmporteerd" and nothing could remove the first).
 */
const options = ZImportOptions.parse({ wave: "2020" });
const counts = async () =>
  (await query<{ responses: number; answers: number; versions: number; batches: number }>(
    `SELECT (SELECT count(*) FROM response WHERE is_imported)::int AS responses,
            (SELECT count(*) FROM answer a JOIN response r ON r.id = a.response_id WHERE r.is_imported)::int AS answers,
            (SELECT count(*) FROM survey_version WHERE is_imported)::int AS versions,
            (SELECT count(*) FROM import_batch)::int AS batches`,
  ))[0];

async function importWave(userId: string | null) {
  const file = fixture("wave2020.csv");
  return importFile(SLUG, file, withTolerantie(await analyseFile(SLUG, file, options)), options, userId);
}

beforeEach(async () => {
  await resetDb();
});

afterAll(() => pool().end());

describe("undoing an import", () => {
  it("deletes its responses, answers, version and batch; the corrected import can follow", async () => {
    const user = await createAccount({ email: "import-undo@example.org", name: "", password: "een lang en sterk wachtwoord 42", role: "researcher" });
    const first = await importWave(user.id);
    expect((await listImports(SLUG))[0]).toMatchObject({ id: first.batchId, createdBy: "import-undo@example.org", responses: 20 });
    expect(await counts()).toMatchObject({ responses: 20, versions: 1, batches: 1 });
    // The same file again is refused (each row "al geïmporteerd") while the first import stands.
    await expect(importWave(null)).rejects.toThrow(/De proefimport vond 20 fout/);

    expect(await undoImport(SLUG, first.batchId, user.id)).toEqual({ responses: 20 });
    expect(await counts()).toEqual({ responses: 0, answers: 0, versions: 0, batches: 0 });
    expect(await listImports(SLUG)).toEqual([]);
    const [event] = (await listAuditEvents({ action: "import.undone" })).slice(-1);
    expect(event).toMatchObject({ actorId: user.id, details: { batchId: first.batchId, fileName: "wave2020.csv", wave: "2020", responses: 20 } });

    const again = await importWave(null);
    expect(again.rowCount).toBe(20);
    expect(await counts()).toMatchObject({ responses: 20, versions: 1, batches: 1 });
  });

  it("refuses an unknown batch or another survey's, and changes nothing", async () => {
    const batch = await importWave(null);
    for (const [slug, id] of [[SLUG, "00000000-0000-4000-8000-000000000000"], ["voorbeeld-alle-elementen", batch.batchId]]) {
      const error = await undoImport(slug, id, null).then(() => undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(ImportError);
      expect(error).toMatchObject({ status: 404, message: "Deze import bestaat niet (meer)." });
    }
    expect(await counts()).toMatchObject({ responses: 20, batches: 1 });
  });
});
