"use client";

import { partOfPage } from "@/lib/survey/flow";
import { activityLabel, getCompetences, getPart, getScale, variableNames, withActivity } from "@/lib/survey/model";
import { ScaleQuestion, scaleOptions } from "../fields/ScaleQuestion";
import { orderedCompetences } from "./order";
import { errorOf, type TPageProps } from "./types";

export function DevPage({ def, page, form, activities, displayOrder }: TPageProps) {
  const partId = partOfPage(page)!;
  const part = getPart(def, partId);
  const scale = getScale(def, part.development.scale);
  const comps = orderedCompetences(getCompetences(def, part.development.model), displayOrder?.[partId]);
  return (
    <>
      <h2 className="sv-question-title">{withActivity(part.development.text, activityLabel(part, activities[partId]))}</h2>
      <p className="sv-help">Kies per competentie één antwoord.</p>
      <div className="sv-grid" style={{ "--sv-cols": scaleOptions(scale).length } as React.CSSProperties}>
        <div className="sv-grid-head" aria-hidden="true">
          <span />
          {scaleOptions(scale).map((o) => (
            <span key={o.value}>{o.label}</span>
          ))}
        </div>
        {comps.map((c) => {
          const name = variableNames.dev(partId, c.id);
          return <ScaleQuestion key={name} control={form.control} name={name} legend={c.label} scale={scale} error={errorOf(form, name)} />;
        })}
      </div>
    </>
  );
}
