import { definitionJsonSchema } from "@/lib/survey/publish/definition";

/**
 * GET /schemas/survey-version.json: the JSON Schema of definition files, generated from the
 * version schema, for editors that check JSON while it is typed (add "$schema" in the editor's
 * settings, not in the file: definition files take no extra keys).
 */
export const dynamic = "force-static";

export function GET(): Response {
  return new Response(`${JSON.stringify(definitionJsonSchema(), null, 2)}\n`, {
    headers: { "Content-Type": "application/schema+json; charset=utf-8", "Cache-Control": "public, max-age=3600" },
  });
}
