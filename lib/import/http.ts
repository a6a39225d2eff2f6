import "server-only";
import { z } from "zod";
import { BodyTooLargeError, mediaType, readCappedBody } from "@/lib/http/body";
import { ImportError } from "./errors";
import { ZImportMapping } from "./mapping";
import { ZImportOptions } from "./options";
import { MAX_FILE_BYTES } from "./read";
import type { TUpload } from "./service";

/** The import API's multipart form: file + step + (for dry run and import) mapping and options. */
export const ZImportStep = z.enum(["analyse", "dryrun", "import"], { error: "Onbekende stap (analyse, dryrun of import)." });
export type TImportStep = z.infer<typeof ZImportStep>;

const MAX_REQUEST_BYTES = MAX_FILE_BYTES + 2 * 1024 * 1024;

const tooLarge = () => new ImportError(`Het bestand is te groot (maximaal ${MAX_FILE_BYTES / 1024 / 1024} MB).`, 413);

/**
 * The form is read with a byte cap while it streams in (request.formData() would buffer any
 * size first), then parsed from that buffer. Only multipart/form-data is accepted.
 */
async function readForm(request: Request): Promise<FormData> {
  const type = request.headers.get("content-type") ?? "";
  if (mediaType(request.headers.get("content-type")) !== "multipart/form-data") {
    throw new ImportError("Stuur het bestand als multipart/form-data (veld “file”).", 415);
  }
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await readCappedBody(request, MAX_REQUEST_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw tooLarge();
    throw error;
  }
  try {
    return await new Request("http://import.invalid/", { method: "POST", headers: { "content-type": type }, body: bytes }).formData();
  } catch {
    throw new ImportError("Stuur het bestand als multipart/form-data (veld “file”).", 400);
  }
}

export async function readImportForm(request: Request) {
  const form = await readForm(request);
  const file = form.get("file");
  if (!(file instanceof File)) throw new ImportError("Kies een bestand (CSV of XLSX).", 400);
  if (file.size > MAX_FILE_BYTES) throw tooLarge();
  const upload: TUpload = { name: file.name || "upload", data: new Uint8Array(await file.arrayBuffer()) };
  const step = ZImportStep.parse(form.get("step") ?? "analyse");
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" && v !== "" ? v : undefined;
  };
  const options = ZImportOptions.partial({ wave: true }).parse({ wave: text("wave"), flowMode: text("flowMode"), timeZone: text("timeZone") });
  let mapping: z.infer<typeof ZImportMapping> | undefined;
  const rawMapping = text("mapping");
  if (rawMapping) {
    let json: unknown;
    try {
      json = JSON.parse(rawMapping);
    } catch {
      throw new ImportError("De koppeling is geen geldige JSON.", 400);
    }
    mapping = ZImportMapping.parse(json);
  }
  return { upload, step, options, mapping };
}
