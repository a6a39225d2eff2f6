-- Test link: each survey has a secret token; responses started through /s/<slug>?test=<token>
-- are stored as test responses, kept out of every count, figure and export unless asked for.
ALTER TABLE "survey" ADD COLUMN "test_token" TEXT NOT NULL DEFAULT replace(gen_random_uuid()::text, '-', '');

ALTER TABLE "response" ADD COLUMN "is_test" BOOLEAN NOT NULL DEFAULT false;
