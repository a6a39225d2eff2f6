"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useMemo, useRef, useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import type { TPart, TPartId, TSurveyDefinition } from "@/lib/survey/definition";
import { previousPage, type TPageId } from "@/lib/survey/flow";
import { pageSchema } from "@/lib/survey/pages";
import { PageBody } from "./PageBody";
import { pageTitle } from "./pageTitle";
import type { TFormValues } from "./pages/types";
import type { TSaveStatus, TSubmitResult } from "./useSurveySession";

/**
 * One page as a form, validated with the same zod schema the server applies. Moving on waits for
 * the server's acknowledgement; a rejected save puts the server's messages next to the fields.
 */
type TProps = {
  def: TSurveyDefinition;
  page: TPageId;
  pages: TPageId[];
  activities: Partial<Record<TPartId, string>>;
  displayOrder?: Record<string, string[]>;
  defaultValues: TFormValues;
  offer?: TPart;
  saveStatus: TSaveStatus;
  onSubmit: (values: TFormValues, durationMs: number) => Promise<TSubmitResult>;
  onBack: (draft: TFormValues) => void;
  onDraft: (values: TFormValues) => void;
  onConflict: () => void;
  /** The page shown on arrival: focus stays where the browser puts it. */
  isFirstPage: boolean;
};

export function PageForm(props: TProps) {
  const { def, page, pages, activities, saveStatus, offer } = props;
  const schema = useMemo(() => pageSchema(def, page, { activities }), [def, page, activities]);
  const form = useForm<TFormValues>({
    resolver: zodResolver(schema as never) as unknown as Resolver<TFormValues>,
    defaultValues: page === "done" && offer ? { extra_part: offer.id } : props.defaultValues,
    shouldFocusError: true,
  });
  const enteredAt = useRef(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const [formError, setFormError] = useState<{ message: string; isConflict?: boolean }>();

  useEffect(() => {
    enteredAt.current = performance.now();
    // A new page: move focus to its heading so screen readers announce it, and start at the top.
    if (!props.isFirstPage) {
      window.scrollTo(0, 0);
      heading.current?.focus();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per page
  }, []);

  const onDraft = useRef(props.onDraft);
  onDraft.current = props.onDraft;
  useEffect(() => {
    // Every change is kept locally (throttled) until the page is saved.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const sub = form.watch((values) => {
      clearTimeout(timer);
      timer = setTimeout(() => onDraft.current(values as TFormValues), 300);
    });
    return () => {
      clearTimeout(timer);
      sub.unsubscribe();
    };
  }, [form]);

  const onValid = async (values: TFormValues) => {
    setFormError(undefined);
    const result = await props.onSubmit(values, performance.now() - enteredAt.current);
    if (result.ok) return;
    const { error } = result;
    const fields = Object.entries(error.fields ?? {}).filter(([name]) => name !== "_");
    for (const [i, [name, message]] of fields.entries()) form.setError(name, { type: "server", message }, { shouldFocus: i === 0 });
    setFormError({ message: error.error, isConflict: error.status === 409 });
  };
  const onInvalid = () => setFormError({ message: "Nog niet alles is goed ingevuld. Bekijk de meldingen bij de vragen." });

  const isSaving = saveStatus !== "idle" || form.formState.isSubmitting;
  const canGoBack = page !== "welcome" && page !== "done" && previousPage(pages, page) !== undefined;
  const submitLabel = page === "welcome" ? "Start" : page === "done" ? `Ja, ik vul ook ${offer?.title.split(":")[0].toLowerCase() ?? "het andere deel"} in` : "Volgende";

  return (
    <form noValidate data-page={page} onSubmit={form.handleSubmit(onValid, onInvalid)} className="sv-form">
      <h1 ref={heading} tabIndex={-1} className="sv-title">
        {pageTitle(def, page)}
      </h1>
      <PageBody def={def} page={page} form={form} activities={activities} displayOrder={props.displayOrder} offer={offer} />
      <div className="sv-status" aria-live="polite">
        {saveStatus === "retrying" && <p className="sv-notice sv-notice-warn">Opslaan mislukt, we proberen het opnieuw… Je antwoorden blijven staan.</p>}
      </div>
      {formError && (
        <div className="sv-notice sv-notice-error" role="alert">
          <p>{formError.message}</p>
          {formError.isConflict && (
            <button type="button" className="btn btn-secondary" onClick={props.onConflict}>
              Laad de laatst opgeslagen antwoorden
            </button>
          )}
        </div>
      )}
      {(page !== "done" || offer) && (
        <div className="sv-nav">
          {canGoBack && (
            <button type="button" className="btn btn-secondary" disabled={isSaving} onClick={() => props.onBack(form.getValues())}>
              Vorige
            </button>
          )}
          <button type="submit" className="btn sv-next" disabled={isSaving}>
            {isSaving ? "Opslaan…" : submitLabel}
          </button>
        </div>
      )}
    </form>
  );
}
