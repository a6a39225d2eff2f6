-- Raffle draws: seed, entry fingerprint and winners; the entries drawn from are deleted with the draw.
CREATE TABLE "raffle_draw" (
    "id" UUID NOT NULL,
    "survey_id" UUID NOT NULL,
    "seed" TEXT NOT NULL,
    "entry_count" INTEGER NOT NULL,
    "entries_hash" TEXT NOT NULL,
    "winner_count" INTEGER NOT NULL,
    "winners" TEXT[],
    "drawn_by_id" UUID,
    "drawn_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "winners_deleted_at" TIMESTAMP(3),
    CONSTRAINT "raffle_draw_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "raffle_draw_survey_id_drawn_at_idx" ON "raffle_draw"("survey_id", "drawn_at");

ALTER TABLE "raffle_draw" ADD CONSTRAINT "raffle_draw_survey_id_fkey" FOREIGN KEY ("survey_id") REFERENCES "survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;
