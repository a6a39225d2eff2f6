/** Runs once when a Next.js server starts (also `npm run dev`): zod's messages in Dutch. */
export async function register() {
  await import("@/lib/zod-nl");
}
