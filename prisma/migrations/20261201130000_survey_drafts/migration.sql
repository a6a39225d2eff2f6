-- Surveys made in the platform: a draft per survey that researchers edit, published as immutable
-- versions with who published them and when; surveys can be archived.
ALTER TABLE "survey" ADD COLUMN "archived_at" TIMESTAMP(3);

ALTER TABLE "survey_version" ADD COLUMN "published_at" TIMESTAMP(3),
  ADD COLUMN "published_by" TEXT;

-- CreateTable
CREATE TABLE "survey_draft" (
    "survey_id" UUID NOT NULL,
    "definition" JSONB NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "updated_by" TEXT,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "survey_draft_pkey" PRIMARY KEY ("survey_id"),
    CONSTRAINT "survey_draft_revision_check" CHECK ("revision" > 0)
);

-- AddForeignKey
ALTER TABLE "survey_draft" ADD CONSTRAINT "survey_draft_survey_id_fkey" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;
