import type { UseFormReturn } from "react-hook-form";
import type { TElement, TElementOf } from "@/lib/survey/elements/registry";
import type { TContext, TFormValues } from "@/lib/survey/elements/types";

/** What every element component gets: its element, the page's form and the respondent's context (piping, options, scales). */
export type TElementProps<K extends TElement["type"] = TElement["type"]> = {
  el: TElementOf<K>;
  form: UseFormReturn<TFormValues>;
  ctx: TContext;
};

export function errorOf(form: UseFormReturn<TFormValues>, name: string): string | undefined {
  const e = form.formState.errors[name];
  return typeof e?.message === "string" ? e.message : undefined;
}

/** An optional text of the definition with its `{{variable}}` pipes filled in. */
export const piped = (ctx: TContext, text: string | undefined) => (text ? ctx.pipe(text) : undefined);
