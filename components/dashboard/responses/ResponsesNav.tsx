import Link from "next/link";
import type { TAdminLang } from "@/lib/i18n/admin";
import { pick } from "@/lib/i18n/admin";
import { RESPONSES } from "@/lib/i18n/admin/responses";
import styles from "../dashboard.module.css";

/** The Antwoorden tab's own pages. */
export function ResponsesNav({ slug, current, lang = "nl" }: { slug: string; current: "list" | "duplicates" | "detail"; lang?: TAdminLang }) {
  const t = pick(RESPONSES, lang);
  const base = `/admin/s/${encodeURIComponent(slug)}/responses`;
  return (
    <ul className={styles.subnav} aria-label={t.nav}>
      <li><Link href={base} aria-current={current === "list" ? "page" : undefined}>{t.navAll}</Link></li>
      <li><Link href={`${base}/duplicates`} aria-current={current === "duplicates" ? "page" : undefined}>{t.navDuplicates}</Link></li>
      <li><Link href={`${base}#verwijderverzoek`}>{t.navDeletion}</Link></li>
      <li><Link href={`${base}#bewaren`}>{t.navRetention}</Link></li>
    </ul>
  );
}
