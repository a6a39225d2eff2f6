/**
 * The production HTTP server that `npm start` runs: Next.js's request handler behind a plain Node
 * server, which first resolves the client's address from the socket (lib/http/client-address.ts).
 * `next start` cannot do that: route handlers never see the socket, and Next.js passes on an
 * X-Forwarded-For header that the client sent itself. The page save, the request every
 * respondent sends on every page, is answered here directly with the same lib/ code
 * (lib/responses/save-route.ts); every other request goes to Next.js.
 */
import { createServer } from "node:http";
import { register } from "node:module";
import next from "next";
import { parseEnv } from "@/lib/env";
import "@/lib/zod-nl";
import { parseTrustedProxies, setClientAddress } from "@/lib/http/client-address";

// Before lib/ modules that import "server-only" load (see the hook).
register("./server-only-hook.mjs", import.meta.url);
const { matchSaveRoute, serveSave } = await import("@/lib/responses/save-route");

const config = parseEnv();
const trusted = parseTrustedProxies(config.TRUSTED_PROXIES);
const app = next({ dev: false, dir: process.cwd(), port: config.PORT });
const handle = app.getRequestHandler();
await app.prepare();

let isStopping = false;
const server = createServer((req, res) => {
  // While stopping, each connection closes after its response: a keep-alive connection that
  // keeps being used (an open dashboard polls every 1.5 s) would otherwise hold the drain open.
  if (isStopping) res.setHeader("connection", "close");
  setClientAddress(req, trusted);
  const save = matchSaveRoute(req.method, req.url);
  if (save) void serveSave(req, res, save);
  else void handle(req, res);
});
server.listen(config.PORT, () => console.log(`> started server on port ${config.PORT}`));

// As `next start` does: stop taking connections, let requests in progress finish, close Next.js,
// exit with the signal's code.
const stop = (code: number) => {
  if (isStopping) return;
  isStopping = true;
  server.keepAliveTimeout = 1;
  server.close(() => void app.close().finally(() => process.exit(code)));
  server.closeIdleConnections();
};
process.on("SIGTERM", () => stop(143));
process.on("SIGINT", () => stop(130));
