-- The live marker every open dashboard polls, per survey (lib/analysis/live.ts): it follows the
-- responses' change marker, but after a change it holds until the figures computed for it have
-- had their share of database time, so busy fieldwork cannot keep the database recomputing.
CREATE TABLE "live_marker" (
    "survey_id" UUID NOT NULL,
    "marker" TEXT NOT NULL,
    "advanced_at" TIMESTAMP(3) NOT NULL,
    "spent_ms" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "live_marker_pkey" PRIMARY KEY ("survey_id")
);

ALTER TABLE "live_marker" ADD CONSTRAINT "live_marker_survey_id_fkey" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;
