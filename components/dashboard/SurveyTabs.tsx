"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import styles from "./dashboard.module.css";

export function SurveyTabs({ slug }: { slug: string }) {
  const pathname = usePathname();
  const base = `/admin/s/${encodeURIComponent(slug)}`;
  const tabs = [
    { href: base, label: "Monitoring" },
    { href: `${base}/results`, label: "Resultaten" },
    { href: `${base}/export`, label: "Export" },
    { href: `${base}/import`, label: "Import" },
  ];
  return (
    <nav aria-label="Onderdelen van de vragenlijst">
      <ul className={styles.tabs}>
        {tabs.map((t) => (
          <li key={t.href}>
            <Link href={t.href} aria-current={pathname === t.href ? "page" : undefined}>
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
