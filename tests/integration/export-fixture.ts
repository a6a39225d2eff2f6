import { randomBytes, randomUUID } from "node:crypto";
import { crc32, inflateRawSync } from "node:zlib";
import { parseFilters } from "@/lib/analysis/filters";
import type { TExportFormat } from "@/lib/export/formats";
import { exportFile } from "@/lib/export/service";
import { savePage } from "@/lib/responses/service";
import { parseCsv } from "../support/csv";

export { parseCsv };

/** Respondents saved through the real save service, and helpers to read exports back. */
export const SLUG = "internationale-competenties";
export const P1_FIVE = ["open_minded", "zelfstandigheid", "zelfvertrouwen", "flexibiliteit", "creativiteit"];
export const P2_FIVE = ["open_minded", "nieuwsgierigheid", "kennis_talen", "reflectief", "innovatief"];
export const TRICKY_TEXT = 'Docent, "coördinator" én\nmentor';

export function respondent(ip = "203.0.113.7") {
  const id = randomUUID();
  const secret = randomBytes(24).toString("base64url");
  let seq = 0;
  return {
    id,
    save: (page: string, values: Record<string, unknown>, source?: string) =>
      savePage(SLUG, id, { secret, seq: ++seq, page, durationMs: 1500, values, source }, ip),
  };
}

/** A finished part-1 respondent (stage), with "anders" function text and "anders" activity text. */
export async function finishedPart1(ip?: string) {
  const r = respondent(ip);
  await r.save("welcome", { consent: true }, "nieuwsbrief");
  await r.save("bg", { bg_function: "anders", bg_function_other: TRICKY_TEXT, bg_province: "fryslan", bg_sector: "mbo" });
  await r.save("choice", { part_choice: "p1" });
  await r.save("p1_activity", { p1_activity: "stage" });
  await r.save("p1_factors", { p1_factor_stage_taal: 8, p1_factor_stage_duur: 0, p1_factor_stage_alleen: null });
  await r.save("p1_dev", { p1_dev_open_minded: 5, p1_dev_zelfstandigheid: 4 });
  await r.save("p1_top5", { p1_top5: P1_FIVE });
  await r.save("p1_other", { p1_other: ["excursie", "anders"], p1_other_text: "Buddy's uit het buitenland" });
  await r.save("raffle", { email: "winnaar@example.org" });
  return r;
}

/** A finished part-2 respondent with "niet van toepassing" (0) answers. */
export async function finishedPart2(dev: Record<string, number>, ip?: string) {
  const r = respondent(ip);
  await r.save("welcome", { consent: true });
  await r.save("bg", { bg_function: "docent", bg_province: "utrecht", bg_sector: "hbo" });
  await r.save("choice", { part_choice: "p2" });
  await r.save("p2_activity", { p2_activity: "congres" });
  await r.save("p2_dev", dev);
  await r.save("p2_top5", { p2_top5: P2_FIVE });
  await r.save("p2_other", { p2_other: ["geen"] });
  return r;
}

/** Stopped on the part-2 top 5 page. */
export async function partialPart2() {
  const r = respondent("198.51.100.99");
  await r.save("welcome", { consent: true });
  await r.save("bg", { bg_function: "leerkracht", bg_province: "zeeland", bg_sector: "po" });
  await r.save("choice", { part_choice: "p2" });
  await r.save("p2_activity", { p2_activity: "lesgeven" });
  await r.save("p2_dev", { p2_dev_open_minded: 3 });
  return r;
}

export async function collect(body: AsyncIterable<string | Buffer> | Iterable<string | Buffer>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of body) chunks.push(typeof c === "string" ? Buffer.from(c) : c);
  return Buffer.concat(chunks);
}

export async function download(format: TExportFormat, filters: Record<string, string> = {}) {
  const file = await exportFile(SLUG, format, parseFilters(filters), new Date("2026-11-28T10:00:00Z"));
  return { ...file, data: await collect(file.body) };
}

/** Reads a ZIP through its central directory, checking each entry's CRC (independent of the writer). */
export function unzip(zip: Buffer): Map<string, Buffer> {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error("no end of central directory");
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error("bad central header");
    const method = zip.readUInt16LE(p + 10);
    const crc = zip.readUInt32LE(p + 16);
    const csize = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.subarray(p + 46, p + 46 + nameLen).toString("utf8");
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + csize);
    const data = method === 8 ? inflateRawSync(raw) : raw;
    if (crc32(data) !== crc) throw new Error(`CRC mismatch in ${name}`);
    out.set(name, data);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}


/** Wide CSV as objects keyed by variable name. */
export function wideRecords(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}
