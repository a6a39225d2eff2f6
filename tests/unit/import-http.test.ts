import { describe, expect, it } from "vitest";
import { ImportError } from "@/lib/import/errors";
import { readImportForm } from "@/lib/import/http";
import { MAX_FILE_BYTES } from "@/lib/import/read";
import { lazyBody, streamedRequest } from "../support/streams";

async function refusal(promise: Promise<unknown>): Promise<number> {
  const error = await promise.then(() => null, (e: unknown) => e);
  if (!(error instanceof ImportError)) throw new Error(`expected an ImportError, got ${String(error)}`);
  return error.status;
}

describe("readImportForm", () => {
  it("reads the file and the fields of a multipart form", async () => {
    const form = new FormData();
    form.set("file", new File(["a,b\n1,2\n"], "data.csv", { type: "text/csv" }));
    form.set("step", "analyse");
    const { upload, step } = await readImportForm(new Request("http://x/api", { method: "POST", body: form }));
    expect(step).toBe("analyse");
    expect(upload.name).toBe("data.csv");
    expect(Buffer.from(upload.data).toString()).toBe("a,b\n1,2\n");
  });

  it("stops reading a chunked upload at the cap instead of buffering all of it", async () => {
    const { stream, counter } = lazyBody(200 * 1024 * 1024, 256 * 1024);
    const request = streamedRequest("http://x/api", stream, { "content-type": "multipart/form-data; boundary=x" });
    expect(await refusal(readImportForm(request))).toBe(413);
    expect(counter.pulled).toBeLessThan(MAX_FILE_BYTES + 3 * 1024 * 1024);
  });

  it("accepts only multipart/form-data", async () => {
    const request = new Request("http://x/api", { method: "POST", headers: { "content-type": "text/plain" }, body: "file=x" });
    expect(await refusal(readImportForm(request))).toBe(415);
  });
});
