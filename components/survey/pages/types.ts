import type { UseFormReturn } from "react-hook-form";
import type { TPartId, TSurveyDefinition } from "@/lib/survey/definition";
import type { TPageId } from "@/lib/survey/flow";

export type TFormValues = Record<string, unknown>;

/** What every page component gets: the definition, the page's form and the respondent's context. */
export type TPageProps = {
  def: TSurveyDefinition;
  page: TPageId;
  form: UseFormReturn<TFormValues>;
  activities: Partial<Record<TPartId, string>>;
  displayOrder?: Record<string, string[]>;
};

export function errorOf(form: UseFormReturn<TFormValues>, name: string): string | undefined {
  const e = form.formState.errors[name];
  return typeof e?.message === "string" ? e.message : undefined;
}
