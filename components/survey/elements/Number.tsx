import { fieldAria, LabelledField } from "../fields/LabelledField";
import { errorOf, piped, type TElementProps } from "./types";

/** A whole number; an empty field is no answer (null), anything else is checked by the page's schema. */
export function NumberQuestion({ el, form, ctx }: TElementProps<"number">) {
  const error = errorOf(form, el.id);
  const help = piped(ctx, el.help);
  return (
    <LabelledField id={el.id} label={ctx.pipe(el.text)} help={help} error={error}>
      <input
        id={el.id}
        type="number"
        inputMode="numeric"
        step={1}
        min={el.min}
        max={el.max}
        className="sv-number"
        {...fieldAria(el.id, help, error)}
        {...form.register(el.id, { setValueAs: (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v)) })}
      />
    </LabelledField>
  );
}
