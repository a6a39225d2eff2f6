/**
 * Browser side of the API's one error shape ({ error, fields? }, lib/http/json.ts): sends JSON and
 * turns every failure, the network included, into a message and per-field messages.
 */
export type TSendResult = { ok: true } | { ok: false; error: string; fields: Record<string, string> };

export async function sendJson(url: string, method: "POST" | "PUT", body: unknown, fallbackError: string): Promise<TSendResult> {
  const response = await fetch(url, {
    method,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  }).catch(() => null);
  if (!response) return { ok: false, error: "Geen verbinding met de server. Probeer het opnieuw.", fields: {} };
  if (response.ok) return { ok: true };
  const data = (await response.json().catch(() => ({}))) as { error?: string; fields?: Record<string, string> };
  return { ok: false, error: data.error ?? fallbackError, fields: data.fields ?? {} };
}
