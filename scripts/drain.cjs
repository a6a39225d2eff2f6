/**
 * Preloaded into `next start` by scripts/start.ts. On SIGTERM Next.js closes its HTTP server and
 * waits for every connection to end, but a keep-alive connection that keeps being used (an open
 * dashboard polls every 1.5 s) never ends. Once the server is closing, each connection is closed
 * after the response it is serving, so the drain ends when the requests in flight are answered.
 */
const http = require("node:http");

const close = http.Server.prototype.close;
http.Server.prototype.close = function closeAfterResponses(...args) {
  this.on("request", (_req, res) => {
    if (!res.headersSent) res.setHeader("connection", "close");
  });
  this.keepAliveTimeout = 1;
  return close.apply(this, args);
};
