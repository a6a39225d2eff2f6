"use client";

import { useState } from "react";
import { previewIo } from "@/lib/survey/client/preview";
import type { TVersionDef } from "@/lib/survey/version/schema";
import { SurveyApp } from "./SurveyApp";

/** The draft in the real questionnaire, saving in the page only (lib/survey/client/preview.ts); `language`: one of the draft's languages. */
export function PreviewSurvey({ def, version, slug, language }: { def: TVersionDef; version: number; slug: string; language?: string }) {
  const [run, setRun] = useState(() => ({ n: 0, io: previewIo(def, version) }));
  return (
    <>
      <p className="sv-preview-bar" role="note">
        Voorbeeld van het concept: er wordt niets opgeslagen.{" "}
        <button type="button" className="btn btn-secondary" onClick={() => setRun((r) => ({ n: r.n + 1, io: previewIo(def, version) }))}>
          Opnieuw beginnen
        </button>
      </p>
      <SurveyApp
        key={`${run.n}:${language ?? ""}`} def={def} version={version} slug={slug} io={run.io}
        language={language ? { language, isChosen: true } : undefined}
      />
    </>
  );
}
