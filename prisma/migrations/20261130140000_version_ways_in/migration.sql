-- A survey can have several active versions (ways in): the survey link serves the active version
-- whose `active_from` passed last; the others are entered by their number.
ALTER TABLE "survey_version" ADD COLUMN "active_from" TIMESTAMP(3);
