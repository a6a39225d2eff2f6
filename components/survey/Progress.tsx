import { progress } from "@/lib/survey/engine/flow";
import { structure } from "@/lib/survey/engine/structure";
import type { TVersionDef } from "@/lib/survey/version/schema";

/** "Stap x van y" over the question pages; none on the first page, "Klaar" on the end page. */
export function Progress({ def, pages, page }: { def: TVersionDef; pages: string[]; page: string }) {
  if (pages[0] === page) return null;
  const isEnd = page === structure(def).endPage.id;
  const { index, total } = progress(def, pages, page);
  const label = isEnd ? "Klaar" : `Stap ${index + 1} van ${total}`;
  return (
    <div className="sv-progress">
      <span id="sv-progress-label" className="sv-progress-label">
        {label}
      </span>
      <progress aria-labelledby="sv-progress-label" value={isEnd ? total : index} max={total} />
    </div>
  );
}
