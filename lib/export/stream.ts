/** An async iterable of chunks as a web ReadableStream, pulled on demand (backpressure) and closed on cancel. */
export function toWebStream(source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>): ReadableStream<Uint8Array> {
  const iterator =
    Symbol.asyncIterator in source
      ? (source as AsyncIterable<string | Uint8Array>)[Symbol.asyncIterator]()
      : (source as Iterable<string | Uint8Array>)[Symbol.iterator]();
  const encoder = new TextEncoder();
  let isCancelled = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(typeof value === "string" ? encoder.encode(value) : value);
      } catch (error) {
        // A download the client stopped while a batch was on its way is not a failure.
        if (isCancelled) return;
        console.error("export stream failed", error);
        controller.error(error);
      }
    },
    async cancel() {
      isCancelled = true;
      await iterator.return?.();
    },
  });
}
