/** What a new respondent sees on a survey that takes no new responses (lib/survey/fieldwork.ts). */
export function ClosedNotice({ title, message }: { title: string; message: string }) {
  return (
    <main className="container sv-main" data-testid="survey-closed">
      <h1>{title}</h1>
      <div className="sv-notice" role="status">
        <p>{message}</p>
      </div>
      <p className="muted">Al begonnen op dit apparaat of met je link om later verder te gaan? Dan kun je gewoon afmaken.</p>
    </main>
  );
}
