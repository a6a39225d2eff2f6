/**
 * Module resolve hook for the production server (scripts/serve.ts), which runs lib/ code outside
 * Next.js: "server-only" marks modules that must never reach a browser bundle, and throws when
 * imported anywhere but in React's server environment. Plain Node on the server is just as safe,
 * so here it resolves to the package's empty module, as Next.js's server build does.
 */
const EMPTY = new URL("../node_modules/server-only/empty.js", import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: EMPTY, shortCircuit: true };
  return nextResolve(specifier, context);
}
