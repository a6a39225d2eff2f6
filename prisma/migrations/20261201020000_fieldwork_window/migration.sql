-- The fieldwork window: when a survey takes new respondents (lib/survey/fieldwork.ts).
ALTER TABLE "survey"
  ADD COLUMN "fieldwork_mode" TEXT NOT NULL DEFAULT 'auto',
  ADD COLUMN "opens_at" TIMESTAMP(3),
  ADD COLUMN "closes_at" TIMESTAMP(3),
  ADD COLUMN "response_limit" INTEGER,
  ADD CONSTRAINT "survey_fieldwork_mode_check" CHECK ("fieldwork_mode" IN ('auto', 'open', 'closed')),
  ADD CONSTRAINT "survey_response_limit_check" CHECK ("response_limit" IS NULL OR "response_limit" > 0);
