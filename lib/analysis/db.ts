import type pg from "pg";

/**
 * What the analysis queries need from a connection: a pg Pool in the app, a Pool on the
 * benchmark's embedded server, a Client in tests. Keeps the SQL runnable outside Next.js.
 */
export type TQueryable = Pick<pg.Pool, "query">;

/** Appends a parameter and returns its placeholder: values never go into SQL text. */
export function paramAdder(params: unknown[]) {
  return (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
}
