import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { crc32, inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildCodebook } from "@/lib/export/codebook";
import { codebookHtml } from "@/lib/export/codebook-html";
import { exportBaseName } from "@/lib/export/formats";
import { rScript, rString } from "@/lib/export/r";
import { spssString, spssSyntax, truncateBytes } from "@/lib/export/spss";
import { columnName, excelDate, XlsxRows } from "@/lib/export/xlsx";
import { zipStream, type TZipEntry, type TZipOptions } from "@/lib/export/zip";
import { parseFilters } from "@/lib/analysis/filters";
import { convertLegacy } from "@/lib/survey/legacy/convert";
import { legacyDefinitions } from "../support/surveys";

const def = legacyDefinitions[0];
const book = buildCodebook({ slug: def.slug, title: def.title }, [{ version: 1, wave: "2023", flowMode: "choice", def: convertLegacy(def) }]);

describe("SPSS syntax", () => {
  const sps = spssSyntax(book, "data.csv");
  it("reads the CSV with a format per variable", () => {
    expect(sps).toContain("/FILE='data.csv'");
    expect(sps).toContain("    response_id A36\n");
    expect(sps).toContain("    started_at YMDHMS19\n");
    expect(sps).toContain("    p2_dev_open_minded F8.0\n");
    expect(sps).toContain("    p1_other_text A4000\n");
  });
  it("sets labels, value labels, user-missing values and levels", () => {
    expect(sps).toContain(`\n  /p2_dev_open_minded "Deel 2 ontwikkeling: Open-minded"`);
    expect(sps).toMatch(/\/p2_dev_open_minded\n {4}0 "Niet van toepassing"\n {4}1 "Ontwikkel ik niet"/);
    expect(sps).toMatch(/\n  \/?p2_dev_open_minded \(0\)/);
    const levels = sps.slice(sps.indexOf("VARIABLE LEVEL"));
    for (const level of ["NOMINAL", "ORDINAL", "SCALE"]) expect(levels).toContain(`(${level})`);
    expect(levels).toMatch(/p2_dev_open_minded[^(]*\(ORDINAL\)/);
  });
  it("splits long strings, doubles quotes and cuts labels at SPSS's byte limits", () => {
    expect(spssString('a "b"')).toBe('"a ""b"""');
    const long = spssString("é".repeat(100));
    expect(long.split("\n    + ").every((piece) => Buffer.byteLength(piece) <= 82)).toBe(true);
    const cut = truncateBytes("ö".repeat(200), 120);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(120);
    expect(cut.endsWith("…")).toBe(true);
  });
});

describe("R script", () => {
  const r = rScript(book, "data.csv");
  it("escapes non-ASCII so it runs in any locale", () => {
    expect(rString('Coördinator "x"\\')).toBe('"Co\\u{f6}rdinator \\"x\\"\\\\"');
    expect(r).not.toMatch(/[^\x00-\x7e]/);
  });
  it("sets NA for user-missing codes, ordered factors and labels", () => {
    expect(r).toContain('data[["p2_dev_open_minded"]][data[["p2_dev_open_minded"]] %in% c(0)] <- NA');
    expect(r).toMatch(/data\[\["p2_dev_open_minded"\]\] <- factor\(data\[\["p2_dev_open_minded"\]\], levels = c\(1, 2, 3, 4\),\n {2}labels = c\("Ontwikkel ik niet", [^)]*\), ordered = TRUE\)/);
    expect(r).toContain('attr(data[["bg_sector"]], "label") <- "In welke onderwijssector ben je werkzaam?"');
    expect(r).toContain('  response_id = "character"');
  });
});

describe("XLSX helpers", () => {
  it("names columns like spreadsheets do", () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"]);
  });
  it("writes numbers, escaped inline text and real dates; skips empty cells", () => {
    const rows = new XlsxRows([{ type: "numeric" }, { type: "string" }, { type: "datetime" }, { type: "numeric" }]);
    rows.line(["a", "b", "c", "d"]);
    const xml = rows.line([3, "a<b & \u0001c", "2023-03-01 12:00:00", null]);
    expect(xml).toBe('<row r="2"><c r="A2"><v>3</v></c><c r="B2" t="inlineStr"><is><t xml:space="preserve">a&lt;b &amp; c</t></is></c><c r="C2" s="1"><v>44986.5</v></c></row>');
    expect(excelDate("1900-03-01 00:00:00")).toBe(61);
  });
  it("writes the same XML as bytes (the data sheet's fast path) as as strings", () => {
    const types = [{ type: "numeric" }, { type: "string" }, { type: "datetime" }, { type: "numeric" }, { type: "numeric" }] as const;
    const batch = [[3, "één & <twee>", "2023-03-01 12:00:00", null, 1234567], [null, null, null, 0, -2.5]];
    const asText = new XlsxRows([...types]);
    const asBytes = new XlsxRows([...types]);
    expect(asBytes.bytes(batch).toString("utf8")).toBe(batch.map((r) => asText.line(r)).join(""));
  });
});

describe("ZIP writer", () => {
  it("writes entries a ZIP reader can inflate, with matching CRCs", async () => {
    const big = "regel,met,data\n".repeat(20_000);
    const chunks: Buffer[] = [];
    for await (const c of zipStream([
      { name: "a.csv", content: async function* () { yield big.slice(0, 1000); yield Buffer.from(big.slice(1000)); } },
      { name: "codeboek é.html", content: () => ["<p>hallo</p>"] },
    ])) chunks.push(c);
    const zip = Buffer.concat(chunks);
    const eocd = zip.length - 22;
    expect(zip.readUInt32LE(eocd)).toBe(0x06054b50);
    expect(zip.readUInt16LE(eocd + 10)).toBe(2);
    let p = zip.readUInt32LE(eocd + 16);
    const found: Record<string, string> = {};
    for (let i = 0; i < 2; i++) {
      const nameLen = zip.readUInt16LE(p + 28);
      const name = zip.subarray(p + 46, p + 46 + nameLen).toString("utf8");
      const local = zip.readUInt32LE(p + 42);
      const start = local + 30 + zip.readUInt16LE(local + 26);
      const data = inflateRawSync(zip.subarray(start, start + zip.readUInt32LE(p + 20)));
      expect(crc32(data)).toBe(zip.readUInt32LE(p + 16));
      expect(data.length).toBe(zip.readUInt32LE(p + 24));
      found[name] = data.toString("utf8");
      p += 46 + nameLen;
    }
    expect(found["a.csv"]).toBe(big);
    expect(found["codeboek é.html"]).toBe("<p>hallo</p>");
    expect(zip.length).toBeLessThan(big.length / 20);
  });

  const ZIP64_EOCD = Buffer.from([0x50, 0x4b, 0x06, 0x06]); // 0x06064b50, little-endian
  const big = "regel,met,data;é\n".repeat(20_000);
  const sample = (): TZipEntry[] => [
    { name: "a.csv", content: async function* () { yield big.slice(0, 1000); yield Buffer.from(big.slice(1000)); } },
    { name: "codeboek é.html", content: () => ["<p>hallo</p>"] },
    { name: "leeg.txt", content: () => [] },
  ];
  async function archive(entries: TZipEntry[], options?: TZipOptions): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const c of zipStream(entries, options)) chunks.push(c);
    return Buffer.concat(chunks);
  }
  const has = (tool: string, arg: string) => spawnSync(tool, [arg], { stdio: "ignore" }).status === 0;
  const HAS_PYTHON = has("python3", "--version");
  const HAS_UNZIP = has("unzip", "-v");
  // Python's zipfile as an independent reader: every entry's name, "version needed", sizes and text.
  const READ_ZIP = [
    "import json, sys, zipfile",
    "with zipfile.ZipFile(sys.argv[1]) as z:",
    "    print(json.dumps({'bad': z.testzip(), 'entries': [[i.filename, i.extract_version, i.file_size, z.read(i).decode('utf-8')] for i in z.infolist()]}))",
  ].join("\n");
  function withFile<T>(zip: Buffer, read: (file: string) => T): T {
    const dir = mkdtempSync(path.join(os.tmpdir(), "enquete-zip-"));
    try {
      const file = path.join(dir, "test.zip");
      writeFileSync(file, zip);
      return read(file);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it("writes ZIP64 records when forced, only then", async () => {
    const date = new Date(2026, 10, 30, 12, 0, 0);
    const forced = await archive(sample(), { date, forceZip64: true });
    const normal = await archive(sample(), { date });
    expect(forced.includes(ZIP64_EOCD)).toBe(true);
    expect(normal.includes(ZIP64_EOCD)).toBe(false);
    // The classic record still ends the archive, pointing readers to the ZIP64 one.
    expect(forced.readUInt32LE(forced.length - 22)).toBe(0x06054b50);
    expect(forced.readUInt32LE(forced.length - 22 - 20)).toBe(0x07064b50); // ZIP64 locator
    expect(forced.readUInt32LE(forced.length - 22 - 20 - 56)).toBe(0x06064b50);
  });

  it.skipIf(!HAS_PYTHON)(
    `a forced ZIP64 archive and a normal one read back in Python's zipfile${HAS_PYTHON ? "" : " (skipped: python3 is not installed)"}`,
    async () => {
      for (const [forceZip64, version] of [[true, 45], [false, 20]] as const) {
        const zip = await archive(sample(), { forceZip64 });
        const out = JSON.parse(withFile(zip, (file) => execFileSync("python3", ["-c", READ_ZIP, file], { encoding: "utf8" })));
        expect(out.bad).toBeNull();
        expect(out.entries).toEqual([
          ["a.csv", version, Buffer.byteLength(big), big],
          ["codeboek é.html", version, 12, "<p>hallo</p>"],
          ["leeg.txt", version, 0, ""],
        ]);
      }
    },
  );

  it.skipIf(!HAS_UNZIP)(`a forced ZIP64 archive passes unzip -t${HAS_UNZIP ? "" : " (skipped: unzip is not installed)"}`, async () => {
    const zip = await archive(sample(), { forceZip64: true });
    const out = withFile(zip, (file) => execFileSync("unzip", ["-t", file], { encoding: "utf8" }));
    expect(out).toContain("No errors detected");
    expect(out).toContain("testing: a.csv");
  });

  it("is reproducible with a fixed date and writes that date", async () => {
    const date = new Date(2024, 2, 15, 9, 30, 42);
    const a = await archive(sample(), { date });
    expect((await archive(sample(), { date })).equals(a)).toBe(true);
    // DOS time and date of the first local header: 09:30:42, 2024-03-15.
    expect(a.readUInt16LE(10)).toBe((9 << 11) | (30 << 5) | 21);
    expect(a.readUInt16LE(12)).toBe(((2024 - 1980) << 9) | (3 << 5) | 15);
  });

  it("starts each entry's content lazily, in order, after the one before it is done", async () => {
    const log: string[] = [];
    const entry = (name: string): TZipEntry => ({
      name,
      content: () => {
        log.push(`${name} called`);
        return (async function* () {
          try {
            for (let i = 0; i < 3; i++) yield `${name} ${i}\n`.repeat(10_000);
          } finally {
            log.push(`${name} done`);
          }
        })();
      },
    });
    const stream = zipStream([entry("a"), entry("b"), entry("c")]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(log).toEqual([]);
    const zip: Buffer[] = [];
    for await (const c of stream) zip.push(c);
    expect(log).toEqual(["a called", "a done", "b called", "b done", "c called", "c done"]);
  });

  it("reads an entry only as fast as the archive is consumed, and closes it when the consumer stops", async () => {
    let produced = 0;
    let isClosed = false;
    const endless: TZipEntry = {
      name: "endless.bin",
      content: async function* () {
        try {
          // Random bytes do not compress: what is produced must pass through the archive.
          for (;;) {
            produced++;
            yield Buffer.from(Array.from({ length: 64 * 1024 }, () => Math.floor(Math.random() * 256)));
          }
        } finally {
          isClosed = true;
        }
      },
    };
    let consumed = 0;
    for await (const c of zipStream([endless])) {
      consumed += c.length;
      if (consumed > 1024 * 1024) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(isClosed).toBe(true);
    // A few buffers' worth ahead at most, not the whole (endless) entry.
    expect(produced * 64 * 1024).toBeLessThan(consumed + 2 * 1024 * 1024);
  });

  it("fails the archive when an entry's content throws", async () => {
    const failing: TZipEntry = {
      name: "kapot.csv",
      content: async function* () {
        yield "eerste regel\n";
        throw new Error("database weg");
      },
    };
    await expect(archive([sample()[1], failing, sample()[0]])).rejects.toThrow("database weg");
  });
});

describe("file names and the HTML codebook", () => {
  it("names files after survey, filters and time", () => {
    const at = new Date("2026-11-28T10:05:00Z");
    expect(exportBaseName("x", parseFilters({}), at)).toBe("x_20261128-1005");
    expect(exportBaseName("x", parseFilters({ wave: "2020,2023", sectorGroup: "po_vo", includePartial: "true" }), at)).toBe(
      "x_2020-2023_po_vo_incl-onvolledig_20261128-1005",
    );
  });
  it("escapes HTML and lists every variable", () => {
    const html = codebookHtml({ ...book, survey: { slug: "x", title: "<script>", timeZone: "Europe/Amsterdam" } }, new Date());
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain("<script>");
    expect((html.match(/<tr id=/g) ?? []).length).toBe(book.variables.length);
  });
});
