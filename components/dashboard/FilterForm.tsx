import type { TResultFilters } from "@/lib/analysis/filters";
import { FLOW_MODE_LABELS, SECTOR_GROUP_LABELS } from "@/lib/analysis/labels";
import styles from "./dashboard.module.css";

/** A plain GET form: the filters live in the URL, so every selection can be linked and shared. */
export function FilterForm({ action, filters, waves }: { action: string; filters: TResultFilters; waves: string[] }) {
  return (
    <form method="get" action={action} className={styles.filters} aria-label="Filters">
      <fieldset>
        <legend>Wave</legend>
        {waves.map((w) => (
          <label key={w} className={styles.check}>
            <input type="checkbox" name="wave" value={w} defaultChecked={filters.wave.includes(w)} /> {w}
          </label>
        ))}
        {waves.length === 0 && <span className="muted">geen</span>}
      </fieldset>
      <div>
        <label className="field" htmlFor="f-sector">Sector</label>
        <br />
        <select id="f-sector" name="sectorGroup" defaultValue={filters.sectorGroup ?? ""}>
          <option value="">Alle sectoren</option>
          {Object.entries(SECTOR_GROUP_LABELS).map(([k, v]) => (
            <option key={k} value={k}>{v}</option>
          ))}
        </select>
      </div>
      <div>
        <label className="field" htmlFor="f-flow">Verloop</label>
        <br />
        <select id="f-flow" name="flowMode" defaultValue={filters.flowMode ?? ""}>
          <option value="">Beide</option>
          {Object.entries(FLOW_MODE_LABELS).map(([k, v]) => (
            <option key={k} value={k}>{v}</option>
          ))}
        </select>
      </div>
      <label className={styles.check}>
        <input type="checkbox" name="includePartial" value="true" defaultChecked={filters.includePartial} />
        Ook gedeeltelijk ingevulde antwoorden
      </label>
      <button type="submit" className="btn">Toepassen</button>
      <a href={action} className="btn btn-secondary">Wissen</a>
    </form>
  );
}
