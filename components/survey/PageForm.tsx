"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import type { TFormValues } from "@/lib/survey/elements/types";
import { context, pageElements, pageSchema, type TRespondent } from "@/lib/survey/engine/flow";
import { structure } from "@/lib/survey/engine/structure";
import type { TVersionDef } from "@/lib/survey/version/schema";
import { acceptedValues, offerableParts, previousPage, withPageValues } from "@/lib/survey/client/session";
import { translateMessage } from "@/lib/survey/i18n/messages";
import { estimatedTime, offerSubmitLabel, partStart, type TPartStart } from "./builtIn";
import { NextChecksProvider, useNextChecks } from "./nextChecks";
import { PageView } from "./PageView";
import { useMessages } from "./language";
import type { TFormHandle, TSaveStatus, TSubmitResult } from "./useSurveySession";

/**
 * One page as a form, validated with the engine's page schema (the one the server parses). Moving
 * on waits for the server's acknowledgement; a rejected save puts the server's messages next to
 * the fields.
 */
type TProps = {
  def: TVersionDef;
  respondent: TRespondent;
  page: string;
  pages: string[];
  defaultValues: TFormValues;
  saveStatus: TSaveStatus;
  onSubmit: (values: TFormValues, durationMs: number) => Promise<TSubmitResult>;
  onBack: (draft: TFormValues) => void;
  onDraft: (values: TFormValues) => void;
  onConflict: () => void;
  /** The page shown on arrival: focus stays where the browser puts it. */
  isFirstPage: boolean;
  /** Lets the browser's Back and Forward buttons act on this form (values as a draft, submit as "Volgende"). */
  handle?: RefObject<TFormHandle | undefined>;
  /** The respondent's language (the interface's own texts). */
  lang?: string;
};

/** Enter on a slider is not "next page": a browser would submit the form from any of its inputs. */
function keepEnterOnSlider(e: KeyboardEvent<HTMLFormElement>) {
  if (e.key === "Enter" && e.target instanceof HTMLInputElement && e.target.type === "range") e.preventDefault();
}

/** Which part starts here (parts in a row): "Deel 1 van 2", how long it takes and what it is about. */
function PartIntro({ start, pageTitle }: { start: TPartStart; pageTitle: string }) {
  const { part, number, total } = start;
  const m = useMessages();
  const minutes = part.estimatedMinutes ? ` · ${m.aboutMinutes(part.estimatedMinutes)}` : "";
  return (
    <section className="sv-part-intro" data-testid="part-intro">
      <p className="sv-part-step">
        {m.partStep(number, total)}
        {minutes}
      </p>
      {part.title !== pageTitle && <h2>{part.title}</h2>}
      <p>{part.description}</p>
    </section>
  );
}

export function PageForm(props: TProps) {
  const { def, respondent, page, pages, saveStatus } = props;
  const s = structure(def);
  const isEnd = page === s.endPage.id;
  const isStart = pages[0] === page;
  const offer = useMemo(() => (isEnd ? offerableParts(def, respondent) : []), [def, respondent, isEnd]);
  // The schema of what is filled in now (a follow-up can depend on an answer on this page); a
  // hidden follow-up's value is not sent, as the server would refuse an unexpected field.
  const resolver = useMemo<Resolver<TFormValues>>(() => (values, c, o) => {
    const accepted = acceptedValues(def, page, respondent, values);
    const schema = pageSchema(def, page, withPageValues(def, page, respondent, accepted));
    return (zodResolver(schema as never) as unknown as Resolver<TFormValues>)(accepted, c, o);
  }, [def, page, respondent]);
  const extraVar = def.parts?.extra.variable;
  const form = useForm<TFormValues>({
    resolver,
    defaultValues: isEnd && extraVar && offer.length === 1 ? { [extraVar]: offer[0] } : props.defaultValues,
    shouldFocusError: true,
  });
  const watched = useWatch({ control: form.control }) as TFormValues;
  const live = useMemo(() => withPageValues(def, page, respondent, watched), [def, page, respondent, watched]);
  const elements = useMemo(() => pageElements(def, page, live), [def, page, live]);
  const ctx = useMemo(() => context(def, live), [def, live]);
  const enteredAt = useRef(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const [formError, setFormError] = useState<{ message: string; isConflict?: boolean }>();
  const nextChecks = useNextChecks();
  const m = useMessages();

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
    if (!nextChecks.mayGoOn()) return;
    const result = await props.onSubmit(values, performance.now() - enteredAt.current);
    if (result.ok) return;
    const { error } = result;
    const fields = Object.entries(error.fields ?? {}).filter(([name]) => name !== "_");
    for (const [i, [name, message]] of fields.entries()) form.setError(name, { type: "server", message }, { shouldFocus: i === 0 });
    setFormError({ message: translateMessage(props.lang, error.error), isConflict: error.status === 409 });
  };
  const onInvalid = () => setFormError({ message: m.notAllValid });

  const { handle } = props;
  useEffect(() => {
    if (!handle) return;
    handle.current = { getValues: () => form.getValues(), submit: () => form.handleSubmit(onValid, onInvalid)() };
    return () => {
      handle.current = undefined;
    };
  });

  const isSaving = saveStatus !== "idle" || form.formState.isSubmitting;
  const canGoBack = !isStart && !isEnd && previousPage(pages, page) !== undefined;
  const submitLabel = isStart ? m.start : isEnd ? offerSubmitLabel(def, offer, props.lang) : m.next;
  const title = s.page(page)?.title ?? def.title;
  const estimate = isStart ? estimatedTime(def, props.lang) : undefined;
  const part = partStart(def, pages, page);

  return (
    <form noValidate data-page={page} onSubmit={form.handleSubmit(onValid, onInvalid)} onKeyDown={keepEnterOnSlider} className="sv-form">
      <h1 ref={heading} tabIndex={-1} className="sv-title">
        {ctx.pipe(title)}
      </h1>
      {estimate && <p className="sv-estimate">{estimate}</p>}
      {part && <PartIntro start={part} pageTitle={title} />}
      <NextChecksProvider value={nextChecks.checks}>
        <PageView def={def} lang={props.lang} pageId={page} title={title} elements={elements} form={form} ctx={ctx} offer={offer} />
      </NextChecksProvider>
      <div className="sv-status" aria-live="polite">
        {saveStatus === "retrying" && <p className="sv-notice sv-notice-warn">{m.retrying}</p>}
      </div>
      {formError && (
        <div className="sv-notice sv-notice-error" role="alert">
          <p>{formError.message}</p>
          {formError.isConflict && (
            <button type="button" className="btn btn-secondary" onClick={props.onConflict}>
              {m.reloadLatest}
            </button>
          )}
        </div>
      )}
      {(!isEnd || offer.length > 0) && (
        <div className="sv-nav">
          {canGoBack && (
            <button type="button" className="btn btn-secondary" disabled={isSaving} onClick={() => props.onBack(form.getValues())}>
              {m.previous}
            </button>
          )}
          <button type="submit" className="btn sv-next" disabled={isSaving}>
            {isSaving ? m.saving : submitLabel}
          </button>
        </div>
      )}
    </form>
  );
}
