import { fieldAria, LabelledField } from "../fields/LabelledField";
import { errorOf, piped, type TElementProps } from "./types";

/** Short (one line) or long free text. */
export function TextQuestion({ el, form, ctx }: TElementProps<"text">) {
  const error = errorOf(form, el.id);
  const help = piped(ctx, el.help);
  const props = { id: el.id, maxLength: el.maxLength, ...fieldAria(el.id, help, error), ...form.register(el.id) };
  return (
    <LabelledField id={el.id} label={ctx.pipe(el.text)} help={help} error={error}>
      {el.isMultiline ? <textarea rows={5} {...props} /> : <input type="text" autoComplete="off" {...props} />}
    </LabelledField>
  );
}
