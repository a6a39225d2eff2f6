"use client";

import { ChoiceList } from "../fields/ChoiceList";
import { OtherText } from "../fields/OtherText";
import { errorOf, type TPageProps } from "./types";

export function BackgroundPage({ def, form }: TPageProps) {
  return (
    <>
      {def.background.map((q) => (
        <ChoiceList
          key={q.id}
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
      ))}
    </>
  );
}
