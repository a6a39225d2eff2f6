-- Every page save updates its response row (last_seq, current_page, updated_at). With updated_at
-- indexed no such update could be HOT, so each save wrote every index of the table. Without
-- that index, and with room left on each page (fillfactor), most saves update in place. The
-- live change marker still reads max(updated_at) per survey, now from the rows it counts anyway.
-- DropIndex
DROP INDEX "response_survey_id_updated_at_idx";

-- Leave room on each heap page for updated row versions (not expressible in schema.prisma).
ALTER TABLE "response" SET (fillfactor = 70);
