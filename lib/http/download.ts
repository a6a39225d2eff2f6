import { toWebStream } from "@/lib/export/stream";

/** A file download streamed from `body`: never cached, never sniffed as another type. */
export function downloadResponse(body: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>, fileName: string, contentType: string): Response {
  return new Response(toWebStream(body), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
