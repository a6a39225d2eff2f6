import { progress } from "@/lib/survey/engine/flow";
import { structure } from "@/lib/survey/engine/structure";
import type { TVersionDef } from "@/lib/survey/version/schema";
import { messages } from "@/lib/survey/i18n/messages";

/** "Stap x van y" over the question pages; none on the first page, "Klaar" on the end page. */
export function Progress({ def, pages, page, lang }: { def: TVersionDef; pages: string[]; page: string; lang?: string }) {
  if (pages[0] === page) return null;
  const isEnd = page === structure(def).endPage.id;
  const { index, total } = progress(def, pages, page);
  const m = messages(lang);
  const label = isEnd ? m.done : m.step(index + 1, total);
  return (
    <div className="sv-progress">
      <span id="sv-progress-label" className="sv-progress-label">
        {label}
      </span>
      <progress aria-labelledby="sv-progress-label" value={isEnd ? total : index} max={total} />
    </div>
  );
}
