-- No query looks answers up by variable first any more (figures read a page's answers through
-- answer_page_id_response_id_idx, exports read per response through the primary key). Every save
-- paid for this index on each answer row.
-- DropIndex
DROP INDEX "answer_variable_response_id_idx";
