"use client";

import { shownOptions } from "@/lib/survey/elements/shared";
import { ChoiceList } from "../fields/ChoiceList";
import { LabelledField, fieldAria } from "../fields/LabelledField";
import { OtherText } from "../fields/OtherText";
import { useMessages } from "../language";
import { errorOf, piped, type TElementProps } from "./types";

/** One answer from a list: radio buttons, or a dropdown for long lists; "anders, namelijk" asks for text. */
export function Single({ el, form, ctx }: TElementProps<"single">) {
  const options = shownOptions(el, ctx);
  const m = useMessages();
  const other = (code: unknown) => (el.otherText && options.find((o) => o.code === code)?.isOther ? el.otherText : undefined);
  const otherField = (name: string | undefined) =>
    name ? <OtherText name={name} register={form.register} error={errorOf(form, name)} /> : null;
  const error = errorOf(form, el.id);
  const help = piped(ctx, el.help);

  if (el.display === "dropdown") {
    const chosen = form.watch(el.id);
    return (
      <LabelledField id={el.id} label={ctx.pipe(el.text)} help={help} error={error}>
        <select
          id={el.id}
          {...fieldAria(el.id, help, error)}
          {...form.register(el.id, { setValueAs: (v: string) => (v === "" ? undefined : v) })}
        >
          <option value="">{m.choose}</option>
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.label}
            </option>
          ))}
        </select>
        {otherField(other(chosen))}
      </LabelledField>
    );
  }
  return (
    <ChoiceList
      control={form.control}
      name={el.id}
      legend={ctx.pipe(el.text)}
      help={help}
      options={options}
      error={error}
      renderAfter={(code, isChecked) => (isChecked ? otherField(other(code)) : null)}
    />
  );
}
