-- CreateEnum
CREATE TYPE "FlowMode" AS ENUM ('sequential', 'choice');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'researcher');

-- CreateTable
CREATE TABLE "survey" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "survey_version" (
    "id" UUID NOT NULL,
    "survey_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "flow_mode" "FlowMode" NOT NULL,
    "wave" TEXT NOT NULL,
    "is_active" BOOLEAN NOT NULL DEFAULT false,
    "is_imported" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "survey_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "response" (
    "id" UUID NOT NULL,
    "survey_id" UUID NOT NULL,
    "version_id" UUID NOT NULL,
    "secret_hash" TEXT NOT NULL,
    "flow_mode" "FlowMode" NOT NULL,
    "wave" TEXT NOT NULL,
    "source" TEXT,
    "ip_hash" TEXT,
    "display_order" JSONB NOT NULL,
    "current_page" TEXT NOT NULL,
    "last_seq" INTEGER NOT NULL DEFAULT 0,
    "function" TEXT,
    "province" TEXT,
    "sector" TEXT,
    "part_choice" TEXT,
    "extra_part" TEXT,
    "p1_activity" TEXT,
    "p2_activity" TEXT,
    "p1_finished_at" TIMESTAMP(3),
    "p2_finished_at" TIMESTAMP(3),
    "started_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMP(3),
    "is_imported" BOOLEAN NOT NULL DEFAULT false,
    "external_id" TEXT,
    "import_batch_id" UUID,

    CONSTRAINT "response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "answer" (
    "response_id" UUID NOT NULL,
    "variable" TEXT NOT NULL,
    "page_id" TEXT NOT NULL,
    "num" INTEGER,
    "text" TEXT,

    CONSTRAINT "answer_pkey" PRIMARY KEY ("response_id","variable")
);

-- CreateTable
CREATE TABLE "page_visit" (
    "response_id" UUID NOT NULL,
    "page_id" TEXT NOT NULL,
    "entered_at" TIMESTAMP(3) NOT NULL,
    "submitted_at" TIMESTAMP(3) NOT NULL,
    "duration_ms" INTEGER NOT NULL,
    "save_count" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "page_visit_pkey" PRIMARY KEY ("response_id","page_id")
);

-- CreateTable
CREATE TABLE "raffle_entry" (
    "id" UUID NOT NULL,
    "survey_id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "entered_on" DATE NOT NULL,

    CONSTRAINT "raffle_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'researcher',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "login_failure" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "client_id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "login_failure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_secret" (
    "name" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "app_secret_pkey" PRIMARY KEY ("name")
);

-- CreateTable
CREATE TABLE "import_batch" (
    "id" UUID NOT NULL,
    "survey_id" UUID NOT NULL,
    "version_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "wave" TEXT NOT NULL,
    "row_count" INTEGER NOT NULL,
    "mapping" JSONB NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "import_batch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "survey_slug_key" ON "survey"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "survey_version_survey_id_version_key" ON "survey_version"("survey_id", "version");

-- CreateIndex
CREATE INDEX "response_survey_id_started_at_idx" ON "response"("survey_id", "started_at");

-- CreateIndex
CREATE INDEX "response_survey_id_updated_at_idx" ON "response"("survey_id", "updated_at");

-- CreateIndex
CREATE INDEX "response_version_id_idx" ON "response"("version_id");

-- CreateIndex
CREATE INDEX "response_ip_hash_idx" ON "response"("ip_hash");

-- CreateIndex
CREATE INDEX "answer_variable_response_id_idx" ON "answer"("variable", "response_id");

-- CreateIndex
CREATE INDEX "page_visit_page_id_idx" ON "page_visit"("page_id");

-- CreateIndex
CREATE UNIQUE INDEX "raffle_entry_survey_id_email_key" ON "raffle_entry"("survey_id", "email");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_email_key" ON "app_user"("email");

-- CreateIndex
CREATE INDEX "login_failure_email_at_idx" ON "login_failure"("email", "at");

-- CreateIndex
CREATE INDEX "login_failure_client_id_at_idx" ON "login_failure"("client_id", "at");

-- AddForeignKey
ALTER TABLE "survey_version" ADD CONSTRAINT "survey_version_survey_id_fkey" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "response" ADD CONSTRAINT "response_survey_id_fkey" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "response" ADD CONSTRAINT "response_version_id_fkey" FOREIGN KEY ("version_id") REFERENCES "survey_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "answer" ADD CONSTRAINT "answer_response_id_fkey" FOREIGN KEY ("response_id") REFERENCES "response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "page_visit" ADD CONSTRAINT "page_visit_response_id_fkey" FOREIGN KEY ("response_id") REFERENCES "response"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "raffle_entry" ADD CONSTRAINT "raffle_entry_survey_id_fkey" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;
