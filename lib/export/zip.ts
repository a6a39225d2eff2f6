import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";

/**
 * A streaming ZIP writer (deflate, data descriptors, UTF-8 names): entries are compressed while
 * they are produced, so a bundle of a large CSV never sits in memory. Used for the XLSX container
 * and the SPSS/R bundles. No ZIP64: each entry and the archive stay under 4 GB.
 */
export type TZipEntry = { name: string; content: () => AsyncIterable<string | Buffer> | Iterable<string | Buffer> };

const MAX_32 = 0xffffffff;
const FLAGS = 0x0008 | 0x0800; // sizes in a data descriptor; UTF-8 file names

function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

let crcTable: Int32Array | undefined;
function crc32Js(buf: Buffer, crc: number): number {
  crcTable ??= Int32Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c;
  });
  let c = ~crc;
  for (let i = 0; i < buf.length; i++) c = crcTable[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}
// zlib.crc32 exists from Node 20.15; the JavaScript table is the fallback.
const crc32: (buf: Buffer, crc: number) => number =
  typeof (zlib as { crc32?: unknown }).crc32 === "function" ? (zlib.crc32 as (b: Buffer, c: number) => number) : crc32Js;

type TWritten = { name: Buffer; crc: number; csize: number; usize: number; offset: number; time: number; date: number };

function localHeader(e: TWritten): Buffer {
  const b = Buffer.alloc(30);
  b.writeUInt32LE(0x04034b50, 0);
  b.writeUInt16LE(20, 4);
  b.writeUInt16LE(FLAGS, 6);
  b.writeUInt16LE(8, 8);
  b.writeUInt16LE(e.time, 10);
  b.writeUInt16LE(e.date, 12);
  b.writeUInt16LE(e.name.length, 26);
  return Buffer.concat([b, e.name]);
}

function dataDescriptor(e: TWritten): Buffer {
  const b = Buffer.alloc(16);
  b.writeUInt32LE(0x08074b50, 0);
  b.writeUInt32LE(e.crc, 4);
  b.writeUInt32LE(e.csize, 8);
  b.writeUInt32LE(e.usize, 12);
  return b;
}

function centralHeader(e: TWritten): Buffer {
  const b = Buffer.alloc(46);
  b.writeUInt32LE(0x02014b50, 0);
  b.writeUInt16LE(20, 4);
  b.writeUInt16LE(20, 6);
  b.writeUInt16LE(FLAGS, 8);
  b.writeUInt16LE(8, 10);
  b.writeUInt16LE(e.time, 12);
  b.writeUInt16LE(e.date, 14);
  b.writeUInt32LE(e.crc, 16);
  b.writeUInt32LE(e.csize, 20);
  b.writeUInt32LE(e.usize, 24);
  b.writeUInt16LE(e.name.length, 28);
  b.writeUInt32LE(e.offset, 42);
  return Buffer.concat([b, e.name]);
}

function endOfCentralDirectory(count: number, size: number, offset: number): Buffer {
  const b = Buffer.alloc(22);
  b.writeUInt32LE(0x06054b50, 0);
  b.writeUInt16LE(count, 8);
  b.writeUInt16LE(count, 10);
  b.writeUInt32LE(size, 12);
  b.writeUInt32LE(offset, 16);
  return b;
}

export async function* zipStream(entries: TZipEntry[], options: { level?: number; date?: Date } = {}): AsyncGenerator<Buffer> {
  const { time, date } = dosDateTime(options.date ?? new Date());
  const written: TWritten[] = [];
  let offset = 0;
  for (const entry of entries) {
    const e: TWritten = { name: Buffer.from(entry.name, "utf8"), crc: 0, csize: 0, usize: 0, offset, time, date };
    const header = localHeader(e);
    offset += header.length;
    yield header;
    async function* counted() {
      for await (const chunk of entry.content()) {
        const buf = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
        if (buf.length === 0) continue;
        e.crc = crc32(buf, e.crc);
        e.usize += buf.length;
        yield buf;
      }
    }
    const deflate = zlib.createDeflateRaw({ level: options.level ?? 6 });
    const done = pipeline(Readable.from(counted()), deflate);
    done.catch(() => {}); // surfaced by the loop below or by `await done`
    for await (const out of deflate as AsyncIterable<Buffer>) {
      e.csize += out.length;
      yield out;
    }
    await done;
    if (e.usize > MAX_32 || e.csize > MAX_32 || offset + e.csize > MAX_32) throw new Error("ZIP entry larger than 4 GB");
    const descriptor = dataDescriptor(e);
    offset += e.csize + descriptor.length;
    yield descriptor;
    written.push(e);
  }
  const central = Buffer.concat(written.map(centralHeader));
  yield central;
  yield endOfCentralDirectory(written.length, central.length, offset);
}
