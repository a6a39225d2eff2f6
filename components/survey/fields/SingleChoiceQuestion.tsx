"use client";

import type { TChoiceQuestion } from "@/lib/survey/definition";
import { errorOf, type TPageProps } from "../pages/types";
import { ChoiceList } from "./ChoiceList";
import { OtherText } from "./OtherText";

/** One single-choice question of the definition, with its "anders, namelijk" text field. */
export function SingleChoiceQuestion({ q, form }: { q: TChoiceQuestion; form: TPageProps["form"] }) {
  return (
    <ChoiceList
      control={form.control}
      name={q.id}
      legend={q.text}
      help={q.help}
      options={q.options}
      error={errorOf(form, q.id)}
      renderAfter={(code, isChecked) =>
        isChecked && q.otherTextId && q.options.find((o) => o.code === code)?.isOther ? (
          <OtherText name={q.otherTextId} register={form.register} error={errorOf(form, q.otherTextId)} />
        ) : null
      }
    />
  );
}
