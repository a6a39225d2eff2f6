import { messages, translateMessage } from "@/lib/survey/i18n/messages";

/** What a new respondent sees on a survey that takes no new responses (lib/survey/fieldwork.ts). */
export function ClosedNotice({ title, message, lang }: { title: string; message: string; lang?: string }) {
  return (
    <main className="container sv-main" data-testid="survey-closed">
      <h1>{title}</h1>
      <div className="sv-notice" role="status">
        <p>{translateMessage(lang, message)}</p>
      </div>
      <p className="muted">{messages(lang).closedStarted}</p>
    </main>
  );
}
