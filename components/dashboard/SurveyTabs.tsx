"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import styles from "./dashboard.module.css";
import { tabQuery } from "./tab-query";

function Tabs({ slug, search }: { slug: string; search: URLSearchParams }) {
  const pathname = usePathname();
  const base = `/admin/s/${encodeURIComponent(slug)}`;
  const tabs = [
    { id: "monitoring", href: base, label: "Monitoring" },
    { id: "results", href: `${base}/results`, label: "Resultaten" },
    { id: "questions", href: `${base}/questions`, label: "Alle vragen" },
    { id: "export", href: `${base}/export`, label: "Export" },
    { id: "import", href: `${base}/import`, label: "Import" },
    { id: "links", href: `${base}/links`, label: "Links" },
    { id: "experiment", href: `${base}/experiment`, label: "Experiment" },
    { id: "raffle", href: `${base}/raffle`, label: "Verloting" },
    { id: "share", href: `${base}/share`, label: "Delen" },
  ];
  return (
    <nav aria-label="Onderdelen van de vragenlijst">
      <ul className={styles.tabs}>
        {tabs.map((t) => (
          <li key={t.href}>
            <Link href={`${t.href}${tabQuery(t.id, search)}`} aria-current={pathname === t.href || (t.id === "questions" && pathname.startsWith(`${t.href}/`)) ? "page" : undefined}>
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function TabsWithFilters({ slug }: { slug: string }) {
  const search = useSearchParams();
  return <Tabs slug={slug} search={new URLSearchParams(search.toString())} />;
}

export function SurveyTabs({ slug }: { slug: string }) {
  return (
    <Suspense fallback={<Tabs slug={slug} search={new URLSearchParams()} />}>
      <TabsWithFilters slug={slug} />
    </Suspense>
  );
}
