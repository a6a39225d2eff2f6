-- Raffle entries must not be linkable to responses. The entry date narrowed the candidates to the
-- responses that reached the raffle page that day: dropped.
-- AlterTable
ALTER TABLE "raffle_entry" DROP COLUMN "entered_on";

-- Rewrite the existing entries in random order in one statement, so that neither their physical
-- order nor their transaction ids (xmin) follow the order in which respondents entered.
CREATE TEMP TABLE "raffle_entry_shuffle" ON COMMIT DROP AS SELECT "survey_id", "email" FROM "raffle_entry";
DELETE FROM "raffle_entry";
INSERT INTO "raffle_entry" ("id", "survey_id", "email")
SELECT gen_random_uuid(), "survey_id", "email" FROM "raffle_entry_shuffle" ORDER BY random();

-- One entry per response, without storing which entry is whose.
-- AlterTable
ALTER TABLE "response" ADD COLUMN "raffle_entered" BOOLEAN NOT NULL DEFAULT false;

-- When set, the survey's IP hashes have been deleted and new responses get none.
-- AlterTable
ALTER TABLE "survey" ADD COLUMN "ip_hashing_closed_at" TIMESTAMP(3);

-- The duplicate check's outcome, kept when the survey's IP hashes are deleted.
-- AlterTable
ALTER TABLE "response" ADD COLUMN "is_ip_duplicate" BOOLEAN;
