import { z } from "zod";
import { isValidTrustedProxies } from "@/lib/http/client-address";

/** The one place that reads process.env. A bad value fails at start with a clear message. */
export const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url("DATABASE_URL moet een postgresql://-URL zijn").optional(),
  /**
   * Optional read replica (a streaming standby of DATABASE_URL): dashboard figures are computed
   * there once it has replayed the changes they show (lib/analysis/cache.ts); else on the primary.
   */
  DATABASE_REPLICA_URL: z.string().url("DATABASE_REPLICA_URL moet een postgresql://-URL zijn").optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Where the embedded PostgreSQL keeps its data (when DATABASE_URL is not set). */
  DATA_DIR: z.string().default(".data"),
  /** Key for the IP hash; when not set, generated once into $DATA_DIR/ip-hash.key (never the database). */
  IP_HASH_KEY: z.string().min(16).optional(),
  /**
   * Reverse proxies whose X-Forwarded-For is believed (comma-separated IPs/CIDRs). Empty: the
   * socket's address counts and X-Forwarded-For is ignored.
   */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .refine(isValidTrustedProxies, "TRUSTED_PROXIES: komma-gescheiden IP-adressen of CIDR-blokken, bijv. 172.18.0.0/16"),
  /**
   * Share of one database core that recomputing live dashboard figures may use while responses
   * keep arriving (lib/analysis/live.ts): after a change the figures hold until their cost fits.
   */
  LIVE_DB_SHARE: z.coerce.number().gt(0, "LIVE_DB_SHARE: groter dan 0").max(8).default(0.25),
  /** Headless Chromium for the results page as PDF (lib/pdf/render.ts); without it the PDF answers 503. */
  CHROMIUM_PATH: z.string().min(1).default("/usr/bin/chromium"),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  ADMIN_EMAIL: z.string().email().optional(),
  ADMIN_PASSWORD: z.string().min(10, "ADMIN_PASSWORD: minstens 10 tekens").optional(),
  /**
   * Sites that may show the survey pages in a frame, space-separated ("https://www.example.nl
   * https://*.example.nl"). Empty: nowhere. Admin and login pages are never framed.
   */
  SURVEY_FRAME_ANCESTORS: z
    .string()
    .default("")
    .transform((s) => s.split(/\s+/).filter(Boolean))
    .pipe(z.array(z.string().regex(/^(https?:\/\/(\*\.)?[a-z0-9.-]+(:\d+)?|'self')$/i, "SURVEY_FRAME_ANCESTORS: http(s)://-adressen (of 'self'), gescheiden door spaties"))),
});
export type TEnv = z.infer<typeof ZEnv>;

export function parseEnv(source: NodeJS.ProcessEnv = process.env): TEnv {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const result = ZEnv.safeParse(cleaned);
  if (!result.success) {
    const msg = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${msg}`);
  }
  return result.data;
}

let cached: TEnv | undefined;
export function env(): TEnv {
  cached ??= parseEnv();
  return cached;
}
