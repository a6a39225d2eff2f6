-- Dashboard figures computed once per change of the survey's live watermark, shared by every
-- open tab and every app instance (lib/analysis/cache.ts).
CREATE TABLE "figure_cache" (
    "survey_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "watermark" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "computed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "compute_ms" INTEGER NOT NULL,

    CONSTRAINT "figure_cache_pkey" PRIMARY KEY ("survey_id","key")
);

ALTER TABLE "figure_cache" ADD CONSTRAINT "figure_cache_survey_id_fkey" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;
