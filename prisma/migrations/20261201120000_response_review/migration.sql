-- Response management: a researcher's review of a response (excluded from figures and exports,
-- or kept, with a reason), a per-survey revision that moves the live marker when responses are
-- excluded, restored or deleted, and the retention of IP hashes after fieldwork closes.
ALTER TABLE "response" ADD COLUMN "is_excluded" BOOLEAN NOT NULL DEFAULT false,
    ADD COLUMN "review_reason" TEXT,
    ADD COLUMN "reviewed_at" TIMESTAMP(3),
    ADD COLUMN "reviewed_by_id" UUID;

ALTER TABLE "survey" ADD COLUMN "responses_revision" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "ip_hash_retention" TEXT NOT NULL DEFAULT 'manual';
