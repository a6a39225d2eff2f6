-- Generic storage of what used to be questionnaire-specific columns: every single-choice answer
-- of a response as a dimension value (filters and groupings read it without a join), and the
-- finish time of each part. Existing responses are converted from the old columns.
ALTER TABLE "response"
  ADD COLUMN "dims" JSONB NOT NULL DEFAULT '{}',
  ADD COLUMN "parts_finished" JSONB NOT NULL DEFAULT '{}';

UPDATE "response" SET
  "dims" = jsonb_strip_nulls(jsonb_build_object(
    'bg_function', "function", 'bg_province', "province", 'bg_sector', "sector",
    'part_choice', "part_choice", 'extra_part', "extra_part",
    'p1_activity', "p1_activity", 'p2_activity', "p2_activity")),
  "parts_finished" = jsonb_strip_nulls(jsonb_build_object(
    'p1', to_char("p1_finished_at", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
    'p2', to_char("p2_finished_at", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')));
