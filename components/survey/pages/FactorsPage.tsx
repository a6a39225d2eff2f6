"use client";

import { partOfPage } from "@/lib/survey/flow";
import { getPart, getScale, variableNames } from "@/lib/survey/model";
import { FactorSlider } from "../fields/FactorSlider";
import { errorOf, type TPageProps } from "./types";

export function FactorsPage({ def, page, form, activities }: TPageProps) {
  const partId = partOfPage(page)!;
  const part = getPart(def, partId);
  const activity = activities[partId];
  if (!part.factors || !activity) return null;
  const scale = getScale(def, part.factors.scale);
  const items = part.factors.sets[activity] ?? [];
  return (
    <>
      <p className="sv-lead">{part.factors.intro}</p>
      <p className="sv-help">Een stelling die je niet aanraakt, blijft leeg. Met &lsquo;Wis&rsquo; maak je een keuze ongedaan.</p>
      {items.map((it) => {
        const name = variableNames.factor(partId, activity, it.id);
        return <FactorSlider key={name} control={form.control} name={name} text={it.text} scale={scale} error={errorOf(form, name)} />;
      })}
    </>
  );
}
