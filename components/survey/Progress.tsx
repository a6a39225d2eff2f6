import { progress, type TPageId } from "@/lib/survey/flow";

export function Progress({ pages, page }: { pages: TPageId[]; page: TPageId }) {
  if (page === "welcome") return null;
  const { index, total } = progress(pages, page);
  const label = page === "done" ? "Klaar" : `Stap ${index + 1} van ${total}`;
  return (
    <div className="sv-progress">
      <span id="sv-progress-label" className="sv-progress-label">
        {label}
      </span>
      <progress aria-labelledby="sv-progress-label" value={page === "done" ? total : index} max={total} />
    </div>
  );
}
