"use client";

import { shownOptions } from "@/lib/survey/elements/shared";
import { ChoiceList } from "../fields/ChoiceList";
import { describedBy, errorId, FieldError, helpId } from "../fields/FieldError";
import { OtherText } from "../fields/OtherText";
import { errorOf, piped, type TElementProps } from "./types";

/** One answer from a list: radio buttons, or a dropdown for long lists; "anders, namelijk" asks for text. */
export function Single({ el, form, ctx }: TElementProps<"single">) {
  const options = shownOptions(el, ctx);
  const other = (code: unknown) => (el.otherText && options.find((o) => o.code === code)?.isOther ? el.otherText : undefined);
  const otherField = (name: string | undefined) =>
    name ? <OtherText name={name} register={form.register} error={errorOf(form, name)} /> : null;
  const error = errorOf(form, el.id);
  const help = piped(ctx, el.help);

  if (el.display === "dropdown") {
    const chosen = form.watch(el.id);
    return (
      <div className="sv-question sv-field">
        <label htmlFor={el.id} className="sv-legend">
          {ctx.pipe(el.text)}
        </label>
        {help && (
          <p id={helpId(el.id)} className="sv-help">
            {help}
          </p>
        )}
        <FieldError id={errorId(el.id)} message={error} />
        <select
          id={el.id}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(help && helpId(el.id), error && errorId(el.id))}
          {...form.register(el.id, { setValueAs: (v: string) => (v === "" ? undefined : v) })}
        >
          <option value="">Kies…</option>
          {options.map((o) => (
            <option key={o.code} value={o.code}>
              {o.label}
            </option>
          ))}
        </select>
        {otherField(other(chosen))}
      </div>
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
