-- A retried save repeats its save number with the same content; the digest tells it apart from a
-- different save that reuses the number (a second device continuing the same response).
-- AlterTable
ALTER TABLE "response" ADD COLUMN "last_save_digest" TEXT;
