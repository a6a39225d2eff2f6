"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import styles from "./dashboard.module.css";
import { tabQuery } from "./tab-query";
import { mayUse, type TSurveyArea, type TSurveyRole } from "@/lib/auth/survey-roles";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import { pick } from "@/lib/i18n/admin";
import { SURVEY_FRAME } from "@/lib/i18n/admin/survey-frame";

type TTabsProps = { slug: string; hasVersions: boolean; role: TSurveyRole };

function Tabs({ slug, hasVersions, role, search }: TTabsProps & { search: URLSearchParams }) {
  const pathname = usePathname();
  const t = pick(SURVEY_FRAME, useAdminLang());
  const base = `/admin/s/${encodeURIComponent(slug)}`;
  const tabs = ([
    { id: "monitoring", href: base, label: t.tabMonitoring },
    { id: "results", href: `${base}/results`, label: t.tabResults },
    { id: "questions", href: `${base}/questions`, label: t.tabQuestions },
    { id: "export", href: `${base}/export`, label: t.tabExport },
    { id: "import", href: `${base}/import`, label: t.tabImport },
    { id: "responses", href: `${base}/responses`, label: t.tabResponses },
    { id: "links", href: `${base}/links`, label: t.tabLinks },
    { id: "experiment", href: `${base}/experiment`, label: t.tabExperiment },
    { id: "raffle", href: `${base}/raffle`, label: t.tabRaffle },
    { id: "share", href: `${base}/share`, label: t.tabShare },
    { id: "versions", href: `${base}/editor`, label: t.tabEditor },
    { id: "versions", href: `${base}/versions`, label: t.tabVersions },
    { id: "members", href: `${base}/members`, label: t.tabMembers },
  ] satisfies { id: TSurveyArea; href: string; label: string }[]).filter((tab) => mayUse(role, tab.id) && (hasVersions || tab.id === "versions" || tab.id === "members"));
  return (
    <nav aria-label={t.tabsLabel}>
      <ul className={styles.tabs}>
        {tabs.map((tab) => (
          <li key={tab.href}>
            <Link href={`${tab.href}${tabQuery(tab.id, search)}`} aria-current={pathname === tab.href || ((tab.id === "questions" || tab.id === "responses") && pathname.startsWith(`${tab.href}/`)) ? "page" : undefined}>
              {tab.label}
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
