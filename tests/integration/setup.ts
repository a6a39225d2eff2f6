import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.IP_HASH_KEY ??= "test-ip-hash-key-0123456789";
