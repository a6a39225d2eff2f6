-- Flow experiments: new respondents assigned at random (weighted, in permuted blocks) to arms,
-- each arm an open version of the survey. `assigned` numbers the assignments; a response stores
-- its arm and its number in the sequence (lib/survey/experiment.ts).
CREATE TABLE "experiment" (
    "id" UUID NOT NULL,
    "survey_id" UUID NOT NULL,
    "seed" TEXT NOT NULL,
    "block_size" INTEGER NOT NULL,
    "assigned" INTEGER NOT NULL DEFAULT 0,
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "stopped_at" TIMESTAMP(3),
    CONSTRAINT "experiment_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "experiment_survey_id_started_at_idx" ON "experiment"("survey_id", "started_at");
-- At most one running experiment per survey.
CREATE UNIQUE INDEX "experiment_one_running" ON "experiment"("survey_id") WHERE "stopped_at" IS NULL;

ALTER TABLE "experiment" ADD CONSTRAINT "experiment_survey_id_fkey" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "experiment_arm" (
    "id" UUID NOT NULL,
    "experiment_id" UUID NOT NULL,
    "arm_index" INTEGER NOT NULL,
    "version_id" UUID NOT NULL,
    "weight" INTEGER NOT NULL,
    CONSTRAINT "experiment_arm_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "experiment_arm_experiment_id_arm_index_key" ON "experiment_arm"("experiment_id", "arm_index");

ALTER TABLE "experiment_arm" ADD CONSTRAINT "experiment_arm_experiment_id_fkey" FOREIGN KEY ("experiment_id") REFERENCES "experiment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "experiment_arm" ADD CONSTRAINT "experiment_arm_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "survey_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "response" ADD COLUMN "experiment_arm_id" UUID;
ALTER TABLE "response" ADD COLUMN "experiment_seq" INTEGER;

CREATE INDEX "response_experiment_arm_id_idx" ON "response"("experiment_arm_id");

ALTER TABLE "response" ADD CONSTRAINT "response_experiment_arm_id_fkey" FOREIGN KEY ("experiment_arm_id") REFERENCES "experiment_arm"("id") ON DELETE SET NULL ON UPDATE CASCADE;
