-- The language the respondent answered in (ISO 639-1): the version's texts shown to them.
ALTER TABLE "response" ADD COLUMN "language" VARCHAR(8) NOT NULL DEFAULT 'nl';
