"use client";

import { shownOptions } from "@/lib/survey/elements/shared";
import { ChoiceList } from "../fields/ChoiceList";
import { OtherText } from "../fields/OtherText";
import { errorOf, piped, type TElementProps } from "./types";

/** Several answers: an exclusive option clears the others; "anders, namelijk" asks for text. */
export function Multi({ el, form, ctx }: TElementProps<"multi">) {
  const options = shownOptions(el, ctx);
  return (
    <ChoiceList
      control={form.control}
      name={el.id}
      legend={ctx.pipe(el.text)}
      help={piped(ctx, el.help)}
      options={options}
      isMultiple
      max={el.maxChoices}
      error={errorOf(form, el.id)}
      renderAfter={(code, isChecked) =>
        isChecked && el.otherText && options.find((o) => o.code === code)?.isOther ? (
          <OtherText name={el.otherText} register={form.register} error={errorOf(form, el.otherText)} />
        ) : null
      }
    />
  );
}
