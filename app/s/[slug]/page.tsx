import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { FirstPage, firstPageView, previewText } from "@/components/survey/FirstPage";
import { SurveyShell } from "@/components/survey/SurveyShell";
import { cleanSource } from "@/lib/survey/client/saver";
import { aliasTarget } from "@/lib/survey/config";
import { getActiveVersion } from "@/lib/survey/service";
import { closedMessage } from "@/lib/survey/fieldwork";
import { getFieldwork } from "@/lib/survey/fieldwork-service";
import { isStoppedCollector } from "@/lib/survey/collector-service";
import { STOPPED_COLLECTOR_MESSAGE } from "@/lib/survey/collectors";
import { ClosedNotice } from "@/components/survey/ClosedNotice";
import { TestBar } from "@/components/survey/TestBar";
import { testParam } from "@/lib/survey/test-link";
import { isValidTestToken } from "@/lib/survey/test-link-service";
import { chooseLanguage, languageHref } from "@/lib/survey/i18n/choose";
import { languagesOf, localize } from "@/lib/survey/i18n/texts";
import type { TVersionDef } from "@/lib/survey/version/schema";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** `?versie=<n>` enters that open version; otherwise the survey's current way in. */
const versionParam = (raw: string | string[] | undefined) => (typeof raw === "string" && /^\d{1,6}$/.test(raw) ? Number(raw) : undefined);

/** The respondent's language: `?lang=` when the version has it, else the browser's, else the version's own. */
async function languageFor(def: TVersionDef, query: Record<string, string | string[] | undefined>) {
  const asked = typeof query.lang === "string" ? query.lang : undefined;
  const language = chooseLanguage(def, asked, (await headers()).get("accept-language"));
  return { language, isChosen: asked === language };
}

/** The language switch's links: the same address with another `?lang=`. */
function languageLinks(slug: string, def: TVersionDef, query: Record<string, string | string[] | undefined>) {
  const search = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === "string")).toString();
  const langs = languagesOf(def);
  return langs.length > 1 ? langs.map((lang) => ({ lang, href: languageHref(`/s/${slug}`, search, lang) })) : [];
}

/** Title and description for the browser and for link previews (LinkedIn, WhatsApp: Open Graph). */
export async function generateMetadata({ params, searchParams }: TProps): Promise<Metadata> {
  const query = await searchParams;
  const version = await getActiveVersion((await params).slug, versionParam(query.versie));
  if (!version) return { title: "Vragenlijst niet gevonden" };
  const { language } = await languageFor(version.def, query);
  const def = localize(version.def, language);
  const title = def.title;
  const description = previewText(firstPageView(def, language));
  return {
    title,
    description,
    openGraph: { title, description, type: "website", locale: language === "nl" ? "nl_NL" : language },
    twitter: { card: "summary", title, description },
  };
}

/**
 * The active version in the general model; a returning respondent gets the version their
 * response was created with from the resume state (lib/responses getResumeState). A new
 * respondent's first page is in the HTML itself (FirstPage); the questionnaire's code follows.
 */
export default async function SurveyPage({ params, searchParams }: TProps) {
  const { slug } = await params;
  const query = await searchParams;
  const bron = query.bron;
  const version = await getActiveVersion(slug, versionParam(query.versie));
  if (!version) {
    // The link of a survey that was merged into another leads to the version it became.
    const target = aliasTarget(slug);
    if (target) redirect(`/s/${target.slug}?versie=${target.version}${typeof bron === "string" ? `&bron=${encodeURIComponent(bron)}` : ""}`);
    notFound();
  }
  // The test link (?test=<token>) opens a closed or full survey; a wrong token is no token.
  const testToken = testParam(query.test);
  const isTest = await isValidTestToken({ id: version.surveyId }, testToken);
  // Closed to new respondents: the notice instead of the first page; a started response continues.
  const fieldwork = isTest ? undefined : await getFieldwork({ slug: version.slug });
  const source = cleanSource(typeof bron === "string" ? bron : undefined);
  const closed = isTest
    ? undefined
    : fieldwork && !fieldwork.state.isOpen
      ? closedMessage(fieldwork.state, fieldwork.timeZone)
      : (await isStoppedCollector(version.surveyId, source)) ? STOPPED_COLLECTOR_MESSAGE : undefined;
  const language = await languageFor(version.def, query);
  const shown = localize(version.def, language.language);
  const links = languageLinks(version.slug, version.def, query);
  return (
    <>
      {isTest && <TestBar />}
      <SurveyShell
        def={version.def} version={version.version} slug={version.slug} closedNotice={closed}
        source={source} testToken={isTest ? testToken : undefined} language={language} languageLinks={links}
      >
        {closed ? (
          <ClosedNotice title={shown.title} message={closed} lang={language.language} />
        ) : (
          <FirstPage view={firstPageView(shown, language.language)} lang={language.language} links={links} />
        )}
      </SurveyShell>
    </>
  );
}
