import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SurveyApp } from "@/components/survey/SurveyApp";
import { cleanSource } from "@/lib/survey/client/saver";
import { getActiveVersion } from "@/lib/survey/service";

export const dynamic = "force-dynamic";

type TProps = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const version = await getActiveVersion((await params).slug);
  return { title: version?.def.title ?? "Vragenlijst niet gevonden" };
}

/**
 * The active version in the general model; a returning respondent gets the version their
 * response was created with from the resume state (lib/responses getResumeState).
 */
export default async function SurveyPage({ params, searchParams }: TProps) {
  const { slug } = await params;
  const version = await getActiveVersion(slug);
  if (!version) notFound();
  const bron = (await searchParams).bron;
  return <SurveyApp def={version.def} version={version.version} slug={version.slug} source={cleanSource(typeof bron === "string" ? bron : undefined)} />;
}
