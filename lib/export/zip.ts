import { Readable } from "node:stream";
import { ZipFile } from "yazl";

/**
 * A streaming ZIP archive (deflate, data descriptors, UTF-8 names) written by yazl: entries are
 * compressed while they are produced, so a bundle of a large CSV never sits in memory. Used for
 * the XLSX container and the SPSS/R bundles. yazl switches to ZIP64 records by itself when an
 * entry or the archive passes 4 GB (or when `forceZip64` asks for them, as the tests do).
 */
export type TZipEntry = { name: string; content: () => AsyncIterable<string | Buffer> | Iterable<string | Buffer> };

export type TZipOptions = {
  /** Deflate level, 1–9 (default 6). */
  level?: number;
  /** The modification time of every entry (default: now); a fixed date makes archives reproducible. */
  date?: Date;
  /** ZIP64 records in every entry and at the end even for a small archive. */
  forceZip64?: boolean;
};

/** An entry's content as non-empty byte chunks; `content()` is first called when the entry's turn comes. */
async function* entryBytes(entry: TZipEntry): AsyncGenerator<Buffer> {
  for await (const chunk of entry.content()) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
    if (buf.length > 0) yield buf;
  }
}

/**
 * The archive as a stream of bytes. Entries are produced one after another: yazl asks for an
 * entry's stream (addReadStreamLazy) only once the one before it is written, and reads it only
 * as fast as the archive is consumed. Stopping early closes the entry being read (its generator's
 * `finally` runs, e.g. a database cursor is released); an entry that throws fails the archive.
 */
export async function* zipStream(entries: TZipEntry[], options: TZipOptions = {}): AsyncGenerator<Buffer> {
  const isZip64 = options.forceZip64 === true;
  const entryOptions = {
    mtime: options.date ?? new Date(),
    compressionLevel: options.level ?? 6,
    forceZip64Format: isZip64,
    // The DOS date and time only, as in the fixed-size header fields; no extra field per entry.
    forceDosTimestamp: true,
  };
  const zip = new ZipFile();
  const output = zip.outputStream as Readable;
  // yazl pipes each entry's stream into the archive; pipe() does not pass errors on, so they end it here.
  const fail = (error: unknown) => output.destroy(error instanceof Error ? error : new Error(String(error)));
  zip.on("error", fail);
  let reading: Readable | undefined;
  for (const entry of entries) {
    zip.addReadStreamLazy(entry.name, entryOptions, (callback) => {
      reading = Readable.from(entryBytes(entry), { objectMode: false });
      reading.on("error", fail);
      callback(null, reading);
    });
  }
  zip.end({ forceZip64Format: isZip64, comment: "" });
  try {
    for await (const chunk of output) yield chunk as Buffer;
  } finally {
    // A no-op once the entry is written; otherwise it returns the entry's generator.
    reading?.destroy();
  }
}
