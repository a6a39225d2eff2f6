"use client";

import { partOfPage } from "@/lib/survey/flow";
import { getPart } from "@/lib/survey/model";
import { SingleChoiceQuestion } from "../fields/SingleChoiceQuestion";
import type { TPageProps } from "./types";

export function ActivityPage({ def, page, form }: TPageProps) {
  return <SingleChoiceQuestion q={getPart(def, partOfPage(page)!).activity} form={form} />;
}
