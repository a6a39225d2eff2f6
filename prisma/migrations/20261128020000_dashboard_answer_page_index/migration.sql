-- Page first: one page's answers are one contiguous index range, so a figure over many
-- respondents reads it sequentially and hash-joins the filtered responses, instead of one random
-- probe per respondent (response IDs are random UUIDs). Probes by (page_id, response_id) still
-- serve small selections. variable and num are included for index-only scans.
-- DropIndex
DROP INDEX "answer_response_id_page_id_idx";

-- CreateIndex
CREATE INDEX "answer_page_id_response_id_idx" ON "answer"("page_id", "response_id") INCLUDE ("variable", "num");
