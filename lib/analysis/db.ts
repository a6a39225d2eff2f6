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

/** The analysis group of a sector code (po+vo, mbo, ho = hbo+wo), as SQL on `response` alias. */
export function sectorGroupSql(alias = "r"): string {
  return `CASE WHEN ${alias}.sector IN ('po', 'vo') THEN 'po_vo' WHEN ${alias}.sector = 'mbo' THEN 'mbo'
    WHEN ${alias}.sector IN ('hbo', 'wo') THEN 'ho' END`;
}
