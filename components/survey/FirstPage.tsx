import type { TElement } from "@/lib/survey/elements/registry";
import { context, pageElements, path } from "@/lib/survey/engine/flow";
import { structure } from "@/lib/survey/engine/structure";
import type { TVersionDef } from "@/lib/survey/version/schema";
import { messages } from "@/lib/survey/i18n/messages";
import { estimatedTime, shownElement } from "./builtIn";
import { LanguageSwitch, type TLanguageLink } from "./LanguageSwitch";

/**
 * A new respondent's first page as plain HTML from the server: readable before any JavaScript
 * has arrived, which on a slow phone connection takes seconds. Same markup as the questionnaire's
 * own page (PageForm), which takes over once its code has loaded; until then the button waits.
 * Texts and a consent box are rendered here; any other question shows a loading note.
 */
export type TFirstPageBlock =
  | { kind: "info"; id: string; title?: string; paragraphs: string[] }
  | { kind: "consent"; id: string; text: string }
  | { kind: "pending"; id: string };

export type TFirstPageView = {
  id: string;
  title: string;
  /** The survey's title above the page, when the page's own title is another one (as SurveyApp shows it). */
  surveyTitle?: string;
  estimate?: string;
  blocks: TFirstPageBlock[];
};

/** `def` in the respondent's language (localize); `lang` for the interface's own texts. */
export function firstPageView(def: TVersionDef, lang?: string): TFirstPageView {
  const id = path(def, {})[0];
  const respondent = { answers: {} };
  const ctx = context(def, respondent);
  const title = structure(def).page(id)?.title ?? def.title;
  const block = (el: TElement): TFirstPageBlock => {
    if (el.type === "info") return { kind: "info", id: el.id, title: el.title && ctx.pipe(el.title), paragraphs: el.paragraphs.map(ctx.pipe) };
    if (el.type === "consent") return { kind: "consent", id: el.id, text: ctx.pipe(el.text) };
    return { kind: "pending", id: el.id };
  };
  const blocks = pageElements(def, id, respondent).map((el) => block(shownElement(def, id, title, el, lang)));
  return { id, title: ctx.pipe(title), surveyTitle: title !== def.title ? def.title : undefined, estimate: estimatedTime(def, lang), blocks };
}

const DESCRIPTION_LENGTH = 200;

/** A link preview's text: the start of the first page's texts, cut at a word. */
export function previewText(view: TFirstPageView): string | undefined {
  const text = view.blocks.flatMap((b) => (b.kind === "info" ? b.paragraphs : [])).join(" ");
  if (text.length <= DESCRIPTION_LENGTH) return text || undefined;
  return `${text.slice(0, text.lastIndexOf(" ", DESCRIPTION_LENGTH - 1))}…`;
}

export const NO_SCRIPT_MESSAGE = messages("nl").noScript;

export function FirstPage({ view, lang, links = [] }: { view: TFirstPageView; lang?: string; links?: TLanguageLink[] }) {
  const hasPending = view.blocks.some((b) => b.kind === "pending");
  const m = messages(lang);
  return (
    <main className="container sv-main" lang={lang}>
      <LanguageSwitch links={links} current={lang ?? "nl"} />
      {view.surveyTitle && (
        <header className="sv-header">
          <p className="sv-survey-title">{view.surveyTitle}</p>
        </header>
      )}
      <form noValidate className="sv-form" data-static-page={view.id}>
        <h1 className="sv-title">{view.title}</h1>
        {view.estimate && <p className="sv-estimate">{view.estimate}</p>}
        {view.blocks.map((b) => {
          if (b.kind === "info") {
            return (
              <section key={b.id} className="sv-info">
                {b.title && <h2>{b.title}</h2>}
                {b.paragraphs.map((p) => (
                  <p key={p}>{p}</p>
                ))}
              </section>
            );
          }
          if (b.kind === "consent") {
            return (
              <div key={b.id} className="sv-consent">
                <label htmlFor={b.id} className="sv-option">
                  <input id={b.id} name={b.id} type="checkbox" />
                  <span className="sv-option-text">{b.text}</span>
                </label>
              </div>
            );
          }
          return null;
        })}
        <noscript>
          <p className="sv-notice sv-notice-warn" data-testid="noscript">
            {m.noScript}
          </p>
        </noscript>
        {hasPending && (
          <p className="sv-help" role="status">
            {m.loading}
          </p>
        )}
        <div className="sv-nav">
          {/* Enabled by the questionnaire's own form when it takes over. */}
          <button type="submit" className="btn sv-next" disabled>
            {m.start}
          </button>
        </div>
      </form>
    </main>
  );
}

