-- The questionnaire-specific columns of the first release: their values live in `dims` and
-- `parts_finished` since 20261130100000_response_dims, which every save and import now writes.
DROP INDEX IF EXISTS "response_survey_id_p1_activity_idx";
DROP INDEX IF EXISTS "response_survey_id_p2_activity_idx";
ALTER TABLE "response"
  DROP COLUMN "function",
  DROP COLUMN "province",
  DROP COLUMN "sector",
  DROP COLUMN "part_choice",
  DROP COLUMN "extra_part",
  DROP COLUMN "p1_activity",
  DROP COLUMN "p2_activity",
  DROP COLUMN "p1_finished_at",
  DROP COLUMN "p2_finished_at";
