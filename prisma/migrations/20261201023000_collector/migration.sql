-- Named links per channel; a response's `source` is the collector's code.
CREATE TABLE "collector" (
    "id" UUID NOT NULL,
    "survey_id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "is_open" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "collector_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "collector_survey_id_code_key" ON "collector"("survey_id", "code");

ALTER TABLE "collector" ADD CONSTRAINT "collector_survey_id_fkey" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;
