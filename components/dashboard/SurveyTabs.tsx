"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import styles from "./dashboard.module.css";
import { tabQuery } from "./tab-query";
import { mayUse, type TSurveyArea, type TSurveyRole } from "@/lib/auth/survey-roles";

type TTabsProps = { slug: string; hasVersions: boolean; role: TSurveyRole };

function Tabs({ slug, hasVersions, role, search }: TTabsProps & { search: URLSearchParams }) {
  const pathname = usePathname();
  const base = `/admin/s/${encodeURIComponent(slug)}`;
  const tabs = ([
    { id: "monitoring", href: base, label: "Monitoring" },
    { id: "results", href: `${base}/results`, label: "Resultaten" },
    { id: "questions", href: `${base}/questions`, label: "Alle vragen" },
    { id: "export", href: `${base}/export`, label: "Export" },
    { id: "import", href: `${base}/import`, label: "Import" },
    { id: "responses", href: `${base}/responses`, label: "Antwoorden" },
    { id: "links", href: `${base}/links`, label: "Links" },
    { id: "experiment", href: `${base}/experiment`, label: "Experiment" },
    { id: "raffle", href: `${base}/raffle`, label: "Verloting" },
    { id: "share", href: `${base}/share`, label: "Delen" },
    { id: "versions", href: `${base}/editor`, label: "Editor" },
    { id: "versions", href: `${base}/versions`, label: "Versies" },
    { id: "members", href: `${base}/members`, label: "Toegang" },
  ] satisfies { id: TSurveyArea; href: string; label: string }[]).filter((t) => mayUse(role, t.id) && (hasVersions || t.id === "versions" || t.id === "members"));
  return (
    <nav aria-label="Onderdelen van de vragenlijst">
      <ul className={styles.tabs}>
        {tabs.map((t) => (
          <li key={t.href}>
            <Link href={`${t.href}${tabQuery(t.id, search)}`} aria-current={pathname === t.href || ((t.id === "questions" || t.id === "responses") && pathname.startsWith(`${t.href}/`)) ? "page" : undefined}>
              {t.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function TabsWithFilters(props: TTabsProps) {
  const search = useSearchParams();
  return <Tabs {...props} search={new URLSearchParams(search.toString())} />;
}

export function SurveyTabs(props: TTabsProps) {
  return (
    <Suspense fallback={<Tabs {...props} search={new URLSearchParams()} />}>
      <TabsWithFilters {...props} />
    </Suspense>
  );
}
