-- Figures being computed for the current live marker: the marker does not move while its
-- figures are still being computed (lib/analysis/live.ts), so a refresh's cost is known first.
ALTER TABLE "live_marker" ADD COLUMN "computing" INTEGER NOT NULL DEFAULT 0;
