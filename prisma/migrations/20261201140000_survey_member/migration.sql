-- Per-survey roles. A survey without members is open to every researcher as owner (how surveys
-- worked before roles); once it has members, only they (and admins) have access, each by role.
CREATE TYPE "SurveyRole" AS ENUM ('owner', 'editor', 'analyst', 'viewer');

CREATE TABLE "survey_member" (
    "survey_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "SurveyRole" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "survey_member_pkey" PRIMARY KEY ("survey_id", "user_id")
);

CREATE INDEX "survey_member_user_id_idx" ON "survey_member"("user_id");

ALTER TABLE "survey_member" ADD CONSTRAINT "survey_member_survey_id_fkey" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "survey_member" ADD CONSTRAINT "survey_member_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
