"use client";

import { partOfPage } from "@/lib/survey/flow";
import { activityLabel, getCompetences, getPart, withActivity } from "@/lib/survey/model";
import { ChoiceList } from "../fields/ChoiceList";
import { orderedCompetences } from "./order";
import { errorOf, type TPageProps } from "./types";

export function Top5Page({ def, page, form, activities, displayOrder }: TPageProps) {
  const partId = partOfPage(page)!;
  const part = getPart(def, partId);
  const name = `${partId}_top5`;
  const n = part.top5.count;
  const chosen = form.watch(name);
  const count = Array.isArray(chosen) ? chosen.length : 0;
  const comps = orderedCompetences(getCompetences(def, part.top5.model), displayOrder?.[partId]);
  return (
    <ChoiceList
      control={form.control}
      name={name}
      legend={withActivity(part.top5.text, activityLabel(part, activities[partId]))}
      help={`Kies precies ${n} competenties. Wil je een andere kiezen? Haal dan eerst een vinkje weg.`}
      options={comps.map((c) => ({ code: c.id, label: c.label }))}
      isMultiple
      max={n}
      error={errorOf(form, name)}
      status={
        <p className={`sv-counter${count === n ? " is-complete" : ""}`} aria-live="polite">
          {count} van {n} gekozen
        </p>
      }
    />
  );
}
