-- Where the primary's write-ahead log stood when the live marker last moved: a read replica that
-- has replayed up to here holds every change the marker stands for (lib/analysis/cache.ts).
ALTER TABLE "live_marker" ADD COLUMN "lsn" TEXT;
