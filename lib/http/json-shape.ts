/**
 * Checks parsed JSON before any schema sees it, for what zod cannot report or would hide:
 * - nesting deeper than `maxDepth` (later JSON.stringify, e.g. the save digest, would overflow the stack);
 * - a NUL character in a string or key (PostgreSQL text cannot store it);
 * - a "__proto__" key (JSON.parse keeps it as an own property, zod records silently drop it).
 * Iterative, so hostile nesting cannot overflow the stack here either.
 */
export const MAX_JSON_DEPTH = 32;

export function jsonShapeProblem(value: unknown, maxDepth = MAX_JSON_DEPTH): string | null {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [v, depth] = stack.pop()!;
    if (typeof v === "string") {
      if (v.includes("\0")) return "De invoer bevat een ongeldig teken (NUL).";
      continue;
    }
    if (v === null || typeof v !== "object") continue;
    if (depth >= maxDepth) return `De invoer is te diep genest (maximaal ${maxDepth} niveaus).`;
    if (Array.isArray(v)) {
      for (const item of v) stack.push([item, depth + 1]);
      continue;
    }
    for (const [key, item] of Object.entries(v)) {
      if (key === "__proto__") return "De invoer bevat een ongeldige naam (__proto__).";
      if (key.includes("\0")) return "De invoer bevat een ongeldig teken (NUL).";
      stack.push([item, depth + 1]);
    }
  }
  return null;
}
