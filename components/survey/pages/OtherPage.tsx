"use client";

import { partOfPage } from "@/lib/survey/flow";
import { activityLabel, getPart, withActivity } from "@/lib/survey/model";
import { visibleOptions } from "@/lib/survey/pages";
import { ChoiceList } from "../fields/ChoiceList";
import { OtherText } from "../fields/OtherText";
import { errorOf, type TPageProps } from "./types";

export function OtherPage({ def, page, form, activities }: TPageProps) {
  const partId = partOfPage(page)!;
  const part = getPart(def, partId);
  const q = part.other;
  const activity = activities[partId];
  return (
    <ChoiceList
      control={form.control}
      name={q.id}
      legend={withActivity(q.text, activityLabel(part, activity))}
      help={q.help}
      options={visibleOptions(q, activity)}
      isMultiple
      error={errorOf(form, q.id)}
      renderAfter={(code, isChecked) =>
        isChecked && q.otherTextId && q.options.find((o) => o.code === code)?.isOther ? (
          <OtherText name={q.otherTextId} register={form.register} error={errorOf(form, q.otherTextId)} />
        ) : null
      }
    />
  );
}
