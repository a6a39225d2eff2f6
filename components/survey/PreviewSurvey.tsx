"use client";

import { useEffect, useState } from "react";
import { previewFrom, previewIo } from "@/lib/survey/client/preview";
import { ZVersionDef, type TVersionDef } from "@/lib/survey/version/schema";
import { PREVIEW } from "@/lib/i18n/admin/preview";
import { pick, type TAdminLang } from "@/lib/i18n/admin";
import { SurveyApp } from "./SurveyApp";

type TRun = { n: number; def: TVersionDef | null; page?: string; io: ReturnType<typeof previewIo> | null };

function start(n: number, draft: TVersionDef | null, version: number, slug: string, page?: string): TRun {
  const def = draft && previewFrom(draft, page);
  return { n, def, page, io: def ? previewIo(def, version, { slug, page }) : null };
}

/**
 * The draft in the real questionnaire, saving in the page only (lib/survey/client/preview.ts);
 * `language`: one of the draft's languages. Live (next to the editor): the editor posts the draft
 * as it is typed, with the page being edited and the language shown; the questionnaire starts
 * again on that page with the new draft. `adminLang`: the researcher's language, for the bar above.
 */
export function PreviewSurvey({ def, version, slug, language: initialLanguage, isLive = false, adminLang = "nl" }: {
  def: TVersionDef | null; version: number; slug: string; language?: string; isLive?: boolean; adminLang?: TAdminLang;
}) {
  const t = pick(PREVIEW, adminLang);
  const [run, setRun] = useState<TRun>(() => start(0, def, version, slug));
  const [language, setLanguage] = useState(initialLanguage);
  useEffect(() => {
    if (!isLive) return;
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== window.location.origin || e.source !== window.parent) return;
      const data = e.data as { type?: string; def?: unknown; page?: unknown; language?: unknown };
      if (data?.type !== "survey-preview") return;
      const parsed = ZVersionDef.safeParse(data.def);
      if (!parsed.success) return;
      setLanguage(typeof data.language === "string" && (parsed.data.languages ?? ["nl"]).includes(data.language) ? data.language : undefined);
      setRun((r) => start(r.n + 1, parsed.data, version, slug, typeof data.page === "string" ? data.page : undefined));
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, [isLive, version, slug]);
  return (
    <>
      <p className="sv-preview-bar" role="note">
        {t.bar}{" "}
        <button type="button" className="btn btn-secondary" onClick={() => setRun((r) => start(r.n + 1, r.def, version, slug))}>
          {t.restart}
        </button>
      </p>
      {run.def && run.io ? (
        <SurveyApp
          key={`${run.n}:${language ?? ""}`} def={run.def} version={version} slug={slug} io={run.io}
          language={language ? { language, isChosen: true } : undefined}
        />
      ) : (
        <main className="container sv-main"><p role="status">{t.waiting}</p></main>
      )}
    </>
  );
}
