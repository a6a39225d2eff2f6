import Link from "next/link";
import styles from "../dashboard.module.css";

/** The Antwoorden tab's own pages. */
export function ResponsesNav({ slug, current }: { slug: string; current: "list" | "duplicates" | "detail" }) {
  const base = `/admin/s/${encodeURIComponent(slug)}/responses`;
  return (
    <ul className={styles.subnav} aria-label="Antwoorden">
      <li><Link href={base} aria-current={current === "list" ? "page" : undefined}>Alle antwoorden</Link></li>
      <li><Link href={`${base}/duplicates`} aria-current={current === "duplicates" ? "page" : undefined}>Dubbele</Link></li>
      <li><Link href={`${base}#verwijderverzoek`}>Verwijderverzoek</Link></li>
      <li><Link href={`${base}#bewaren`}>Bewaren</Link></li>
    </ul>
  );
}
