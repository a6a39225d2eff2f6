import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Pieces of a scaled-out deployment for tests/e2e/scale-out.spec.ts: app instances started with
 * `npm start`'s own script against one database, and a small load balancer in front of them.
 */

export type TInstance = { name: string; port: number; url: string; process: ChildProcess; output: () => string };

/** Starts `scripts/start.ts` (what `npm start` runs) on `port` against `databaseUrl`; resolves once it serves. */
export function startInstance(name: string, port: number, env: Record<string, string>): Promise<TInstance> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, ...env, PORT: String(port), NODE_ENV: "production" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const append = (chunk: Buffer) => {
    log += chunk.toString();
  };
  child.stdout!.on("data", append);
  child.stderr!.on("data", append);
  const instance: TInstance = { name, port, url: `http://127.0.0.1:${port}`, process: child, output: () => log };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start in 180 s:\n${log}`)), 180_000);
    const poll = setInterval(async () => {
      if (child.exitCode !== null) {
        clearInterval(poll);
        clearTimeout(timer);
        reject(new Error(`${name} exited with ${child.exitCode}:\n${log}`));
        return;
      }
      const ok = await fetch(`${instance.url}/`, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
      if (ok) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(instance);
      }
    }, 500);
  });
}

/** SIGTERM, as a process manager stops it; waits for the exit. */
export async function stopInstance(instance: TInstance | undefined): Promise<void> {
  const child = instance?.process;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
  if (child.exitCode === null) child.kill("SIGKILL");
}

/** Which instance a request should reach: a fixed one, or the next in turn. */
export const UPSTREAM_HEADER = "x-test-upstream";

export type TProxy = {
  url: string;
  /** Requests per instance name and path prefix, e.g. counts.get("a PUT /api/s"). */
  counts: Map<string, number>;
  close: () => Promise<void>;
};

/**
 * A round-robin HTTP load balancer (what nginx, Caddy or a cloud load balancer do in front of
 * the instances): forwards each request to the next instance, or to the one named in
 * `x-test-upstream` (a sticky browser session), adds X-Forwarded-For and streams both ways.
 */
export async function startProxy(instances: { name: string; port: number }[]): Promise<TProxy> {
  const counts = new Map<string, number>();
  let turn = 0;
  const agent = new http.Agent({ keepAlive: true });
  const server = http.createServer((req, res) => {
    const pinned = instances.find((i) => i.name === req.headers[UPSTREAM_HEADER]);
    const target = pinned ?? instances[turn++ % instances.length];
    const key = `${target.name} ${req.method} ${(req.url ?? "").split("/").slice(0, 3).join("/")}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const headers: http.OutgoingHttpHeaders = { ...req.headers, "x-forwarded-for": req.socket.remoteAddress ?? "", "x-forwarded-proto": "http" };
    delete headers[UPSTREAM_HEADER];
    const upstream = http.request(
      { host: "127.0.0.1", port: target.port, method: req.method, path: req.url, headers, agent },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    close: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Settings every instance of one deployment shares. The sign-in secret is left to the database
 * (the first instance to start stores it, the others read it); the IP hash key never goes into
 * the database, so a deployment sets it (docs/DEPLOY.md).
 */
export function sharedSettings(databaseUrl: string, publicUrl: string, admin: { email: string; password: string }) {
  return {
    DATABASE_URL: databaseUrl,
    NEXTAUTH_URL: publicUrl,
    IP_HASH_KEY: randomBytes(24).toString("base64url"),
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    TRUSTED_PROXIES: "127.0.0.1",
  };
}
