import type { TRole } from "@/lib/auth/schemas";

export const ROLE_LABELS: Record<TRole, string> = { admin: "Beheerder", researcher: "Onderzoeker" };
