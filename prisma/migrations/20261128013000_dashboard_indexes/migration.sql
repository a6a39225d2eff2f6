-- Dashboard aggregates read one page's answers for each filtered response. This index lets them
-- do that as an index-only scan (variable and num are included) instead of reading the whole
-- answer table. Prisma's schema language has no INCLUDE; the @@index in schema.prisma names
-- the same key columns.
-- CreateIndex
CREATE INDEX "answer_response_id_page_id_idx" ON "answer"("response_id", "page_id") INCLUDE ("variable", "num");

-- Result figures are per activity: find that activity's respondents without scanning them all.
-- CreateIndex
CREATE INDEX "response_survey_id_p1_activity_idx" ON "response"("survey_id", "p1_activity");

-- CreateIndex
CREATE INDEX "response_survey_id_p2_activity_idx" ON "response"("survey_id", "p2_activity");
