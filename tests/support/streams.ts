/** A request body that is produced only as it is read, and counts how much was read. */
export function lazyBody(totalBytes: number, chunkBytes = 64 * 1024) {
  const counter = { pulled: 0 };
  const chunk = new Uint8Array(chunkBytes).fill(0x20);
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= totalBytes) return controller.close();
      counter.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, counter };
}

/** A streamed (chunked: no Content-Length) request, as a client without a declared size sends it. */
export function streamedRequest(url: string, body: ReadableStream<Uint8Array>, headers: Record<string, string>, method = "POST"): Request {
  return new Request(url, { method, headers, body, duplex: "half" } as RequestInit);
}
