import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import { areaOfSegment, mayUse, type TSurveyArea, type TSurveyRole } from "@/lib/auth/survey-roles";
import { e2eDatabase } from "./db";
import { E2E_ADMIN, expect, signIn, signInRequest, test, type TCredentials } from "./fixtures";

/**
 * Every page and route handler found in app/ at test time (no hand-kept list) is probed as an
 * anonymous visitor, a researcher and an admin. Which routes are admin-only or public follows
 * from their path (RULES); a page or route file that no rule covers fails the test, so a new
 * route must be classified on purpose.
 */
type TAccess = "public" | "researcher" | "admin";
type TKind = "page" | "route";
type TEntry = { kind: TKind; file: string; pattern: string; methods: string[]; access: TAccess };

const RULES: { kind: TKind; match: RegExp; access: TAccess }[] = [
  { kind: "page", match: /^\/admin\/users(\/|$)/, access: "admin" },
  { kind: "page", match: /^\/admin\/audit(\/|$)/, access: "admin" },
  { kind: "page", match: /^\/admin(\/|$)/, access: "researcher" },
  { kind: "page", match: /^\/(login)?$/, access: "public" },
  { kind: "page", match: /^\/s\/\[slug\](\/|$)/, access: "public" },
  // A survey draft's preview (its editors only: the survey-role checks below).
  { kind: "page", match: /^\/preview\/\[slug\]$/, access: "researcher" },
  // Share links: the token is the credential (tests/e2e/share.spec.ts).
  { kind: "page", match: /^\/r\/\[token\]$/, access: "public" },
  { kind: "route", match: /^\/api\/admin\/users(\/|$)/, access: "admin" },
  { kind: "route", match: /^\/api\/admin\/audit(\/|$)/, access: "admin" },
  { kind: "route", match: /^\/api\/admin(\/|$)/, access: "researcher" },
  { kind: "route", match: /^\/api\/auth\/\[\.\.\.nextauth\]$/, access: "public" },
  { kind: "route", match: /^\/api\/s\/\[slug\](\/|$)/, access: "public" },
  // The JSON Schema of definition files, for editors (no data).
  { kind: "route", match: /^\/schemas\/survey-version\.json$/, access: "public" },
];

const APP_DIR = path.join(process.cwd(), "app");
/** Pages and routes of one survey; the first segment after the slug names the area (lib/auth/survey-roles.ts). */
const SURVEY_PATH = /^(?:(?:\/api)?\/admin\/s|\/(preview))\/\[slug\](?:\/([^/]+))?/;
/** The area a survey page or route belongs to: its first segment after the slug; a draft's preview is part of Versions. */
function areaOf(pattern: string): TSurveyArea {
  const [, preview, segment] = SURVEY_PATH.exec(pattern)!;
  return preview ? "versions" : areaOfSegment(segment);
}
const SLUG = "internationale-competenties";
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith("_") ? [] : walk(full); // _private folders are not routed
    return [full];
  });
}

/** URL pattern of a page/route file: route groups "(x)" and parallel slots "@x" are not part of the URL. */
function toPattern(file: string): string {
  const segments = path.relative(APP_DIR, path.dirname(file)).split(path.sep).filter(Boolean);
  return "/" + segments.filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith("@")).join("/");
}

/** Which HTTP methods a route file exports: `export function GET`, `export const GET =`, `export { x as GET }`. */
function exportedMethods(source: string): string[] {
  return HTTP_METHODS.filter(
    (m) =>
      new RegExp(`export\\s+(async\\s+)?function\\s+${m}\\b`).test(source) ||
      new RegExp(`export\\s+(const|let|var)\\s+${m}\\b`).test(source) ||
      new RegExp(`export\\s*\\{[^}]*\\bas\\s+${m}\\b[^}]*\\}`).test(source) ||
      new RegExp(`export\\s*\\{[^}]*\\b${m}\\b[^}]*\\}`).test(source),
  );
}

function discover(): { entries: TEntry[]; unclassified: string[] } {
  const entries: TEntry[] = [];
  const unclassified: string[] = [];
  for (const file of walk(APP_DIR)) {
    const base = path.basename(file);
    const kind: TKind | null = /^page\.(tsx|ts|jsx|js|mdx)$/.test(base) ? "page" : /^route\.(ts|js)$/.test(base) ? "route" : null;
    if (!kind) continue;
    const pattern = toPattern(file);
    const rel = path.relative(process.cwd(), file);
    const rule = RULES.find((r) => r.kind === kind && r.match.test(pattern));
    const methods = kind === "page" ? ["GET"] : exportedMethods(readFileSync(file, "utf8"));
    if (!rule || !methods.length) unclassified.push(`${rel} (${pattern}${methods.length ? "" : ", no HTTP method export found"})`);
    else entries.push({ kind, file: rel, pattern, methods, access: rule.access });
  }
  return { entries, unclassified };
}

/** A concrete URL for a pattern. "absent" values name nothing that exists, so a permitted mutating probe changes nothing. */
function materialise(pattern: string, values: "real" | "absent"): string {
  return pattern.replace(/\[\[?(\.\.\.)?([^\]]+)\]\]?/g, (_all, _rest, name: string) => {
    if (/^(id|.*Id)$/.test(name)) return randomUUID();
    if (name === "slug") return values === "real" ? SLUG : `bestaat-niet-${randomUUID().slice(0, 8)}`;
    if (name === "nextauth") return "session";
    if (name === "variable") return values === "real" ? "p1_other_text" : "bestaat_niet";
    throw new Error(`No sample value for the dynamic segment [${name}] in ${pattern}: add one in materialise().`);
  });
}

const { entries, unclassified } = discover();
const guarded = entries.filter((e) => e.access !== "public");

type TProbe = { status: number; location: string | null };

/** Plain fetch (not APIRequestContext): live routes stream, so only the status and headers are read. */
async function probe(baseURL: string, url: string, method: string, cookie?: string): Promise<TProbe> {
  const hasBody = MUTATING.has(method) && method !== "DELETE";
  const response = await fetch(new URL(url, baseURL), {
    method,
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
    headers: { ...(cookie ? { cookie } : {}), ...(hasBody ? { "content-type": "application/json" } : {}) },
    // Malformed on purpose: a handler that validates its input refuses it before acting.
    body: hasBody ? "{ access-control probe" : undefined,
  });
  await response.body?.cancel().catch(() => {});
  return { status: response.status, location: response.headers.get("location") };
}

async function cookieFor(api: APIRequestContext, credentials: TCredentials): Promise<string> {
  await signInRequest(api, credentials);
  const { cookies } = await api.storageState();
  return cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

const isLoginRedirect = (p: TProbe) => p.status >= 300 && p.status < 400 && new URL(p.location ?? "/", "http://x").pathname === "/login";

/** Researchers on an admin-only page: a 403 status, or (when streamed) the forbidden page. */
async function showsForbidden(page: Page, url: string): Promise<boolean> {
  const response = await page.goto(url);
  if (response?.status() === 403) return true;
  // A page with a loading boundary streams: the status is sent before forbidden() renders.
  return page.getByTestId("forbidden").waitFor({ timeout: 15_000 }).then(() => true, () => false);
}

test.describe("access control over every admin page and API route", () => {
  test.setTimeout(180_000);

  test("every page and route file is classified, and the admin area is found", () => {
    expect(unclassified, "page/route files that no rule in access-control.spec.ts covers").toEqual([]);
    const patterns = guarded.map((e) => `${e.kind} ${e.pattern}`);
    expect(patterns).toEqual(expect.arrayContaining(["page /admin/users", "route /api/admin/users", "route /api/admin/users/[id]"]));
    expect(guarded.filter((e) => e.access === "admin").length).toBeGreaterThanOrEqual(3);
  });

  test("every admin page checks the session itself (layouts do not run on client navigations)", () => {
    const missing = guarded
      .filter((e) => e.kind === "page")
      .filter((e) => {
        const source = readFileSync(e.file, "utf8");
        return e.access === "admin" ? !/\brequireAdmin\(\)/.test(source) : !/\brequire(Researcher|Admin)\(\)|\brequireSurveyArea\(/.test(source);
      })
      .map((e) => e.file);
    expect(missing, "admin pages without requireResearcher()/requireAdmin()/requireSurveyArea()").toEqual([]);
  });

  test("every page and route of a survey checks the survey role of its area", () => {
    const wrong = guarded
      .filter((e) => SURVEY_PATH.test(e.pattern))
      .flatMap((e) => {
        const area = areaOf(e.pattern);
        const source = readFileSync(e.file, "utf8");
        const check = e.kind === "page" ? new RegExp(`requireSurveyArea\\(\\w+, "${area}"\\)`) : new RegExp(`withSurveyArea<[^(]*\\("${area}"`);
        return check.test(source) ? [] : [`${e.file}: expected ${e.kind === "page" ? "requireSurveyArea" : "withSurveyArea"}(…, "${area}")`];
      });
    expect(wrong).toEqual([]);
  });

  test("survey roles: viewer, analyst and editor reach exactly their areas; a non-member none", async ({ baseURL, playwright, page, researcher, createAccount }) => {
    test.setTimeout(300_000);
    const slug = `rollen-${randomUUID().slice(0, 8)}`;
    const db = await e2eDatabase();
    const accounts = { viewer: await createAccount(), analyst: await createAccount(), editor: await createAccount(), outsider: await createAccount() };
    try {
      const { rows } = await db.query<{ id: string }>(`INSERT INTO survey (id, slug, title) VALUES (gen_random_uuid(), $1, $1) RETURNING id`, [slug]);
      const surveyId = rows[0].id;
      await db.query(
        `INSERT INTO survey_version (id, survey_id, version, definition, flow_mode, wave, is_active)
         SELECT gen_random_uuid(), $1, 1, jsonb_set(v.definition, '{slug}', to_jsonb($2::text)), v.flow_mode, v.wave, true
         FROM survey_version v JOIN survey s ON s.id = v.survey_id WHERE s.slug = 'voorbeeld-alle-elementen' AND v.is_active LIMIT 1`,
        [surveyId, slug],
      );
      await db.query(
        `INSERT INTO survey_member (survey_id, user_id, role) VALUES ($1, $2, 'owner'), ($1, $3, 'viewer'), ($1, $4, 'analyst'), ($1, $5, 'editor')`,
        [surveyId, researcher.id, accounts.viewer.id, accounts.analyst.id, accounts.editor.id],
      );
    } finally {
      await db.end();
    }
    const entries = guarded.filter((e) => SURVEY_PATH.test(e.pattern));
    expect(entries.length).toBeGreaterThan(15);
    const problems: string[] = [];
    for (const [name, account] of Object.entries(accounts)) {
      const api = await playwright.request.newContext({ baseURL });
      const cookie = await cookieFor(api, account);
      await signIn(page, account);
      for (const entry of entries) {
        const area = areaOf(entry.pattern);
        const role = name === "outsider" ? null : (name as TSurveyRole);
        for (const method of entry.methods) {
          const url = materialise(entry.pattern.replace("[slug]", slug), "real");
          const result = await probe(baseURL!, url, method, cookie);
          let isOk: boolean;
          if (role === null) isOk = result.status === 404 || (entry.kind === "page" && (await page.goto(url))?.status() === 404);
          else if (!mayUse(role, area)) isOk = entry.kind === "page" ? result.status === 403 || (await showsForbidden(page, url)) : result.status === 403;
          else isOk = ![401, 403].includes(result.status) && !isLoginRedirect(result) && result.status < 500;
          if (!isOk) problems.push(`${name}: ${method} ${url} → ${result.status} (${entry.file}, area ${area})`);
        }
      }
      await api.dispose();
    }
    expect(problems).toEqual([]);
  });

  test("anonymous: pages redirect to /login, APIs answer 401", async ({ baseURL }) => {
    const problems: string[] = [];
    for (const entry of guarded) {
      for (const method of entry.methods) {
        const url = materialise(entry.pattern, "real");
        const result = await probe(baseURL!, url, method);
        const isOk = entry.kind === "page" ? isLoginRedirect(result) : result.status === 401;
        if (!isOk) problems.push(`${method} ${url} → ${result.status} ${result.location ?? ""} (${entry.file})`);
      }
    }
    expect(problems).toEqual([]);
  });

  test("researcher: admin-only pages and APIs are refused (403), researcher pages and APIs are open", async ({ baseURL, playwright, page, researcher }) => {
    const api = await playwright.request.newContext({ baseURL });
    const cookie = await cookieFor(api, researcher);
    await signIn(page, researcher);
    const problems: string[] = [];
    for (const entry of guarded) {
      for (const method of entry.methods) {
        const isRefusal = entry.access === "admin";
        const url = materialise(entry.pattern, isRefusal || !MUTATING.has(method) ? "real" : "absent");
        const result = await probe(baseURL!, url, method, cookie);
        let isOk: boolean;
        if (isRefusal) isOk = entry.kind === "page" ? result.status === 403 || (await showsForbidden(page, url)) : result.status === 403;
        else isOk = ![401, 403].includes(result.status) && !isLoginRedirect(result) && result.status < 500;
        if (!isOk) problems.push(`${method} ${url} → ${result.status} ${result.location ?? ""} (${entry.file}, ${entry.access})`);
      }
    }
    await api.dispose();
    expect(problems).toEqual([]);
  });

  test("admin: every page and API is open", async ({ baseURL, playwright }) => {
    const api = await playwright.request.newContext({ baseURL });
    const cookie = await cookieFor(api, E2E_ADMIN);
    const problems: string[] = [];
    for (const entry of guarded) {
      for (const method of entry.methods) {
        const url = materialise(entry.pattern, MUTATING.has(method) ? "absent" : "real");
        const result = await probe(baseURL!, url, method, cookie);
        if ([401, 403].includes(result.status) || isLoginRedirect(result) || result.status >= 500) {
          problems.push(`${method} ${url} → ${result.status} ${result.location ?? ""} (${entry.file})`);
        }
      }
    }
    await api.dispose();
    expect(problems).toEqual([]);
  });

  test("a removed researcher loses access at once, with the old session cookie", async ({ baseURL, playwright, researcher, adminApi }) => {
    const api = await playwright.request.newContext({ baseURL });
    const cookie = await cookieFor(api, researcher);
    const researcherApi = guarded.find((e) => e.kind === "route" && e.access === "researcher" && e.methods.includes("GET"));
    const page = guarded.find((e) => e.kind === "page" && e.access === "researcher")!;
    if (researcherApi) expect((await probe(baseURL!, materialise(researcherApi.pattern, "real"), "GET", cookie)).status).not.toBe(401);
    expect(isLoginRedirect(await probe(baseURL!, materialise(page.pattern, "real"), "GET", cookie))).toBe(false);

    expect((await adminApi.delete(`/api/admin/users/${researcher.id}`)).status()).toBe(204);
    if (researcherApi) expect((await probe(baseURL!, materialise(researcherApi.pattern, "real"), "GET", cookie)).status).toBe(401);
    expect(isLoginRedirect(await probe(baseURL!, materialise(page.pattern, "real"), "GET", cookie))).toBe(true);
    await api.dispose();
  });
});
