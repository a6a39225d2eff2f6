"use client";

import type { UseFormReturn } from "react-hook-form";
import type { TElement } from "@/lib/survey/elements/registry";
import type { TContext, TFormValues } from "@/lib/survey/elements/types";
import type { TVersionDef } from "@/lib/survey/version/schema";
import { isOfferElement, shownElement } from "./builtIn";
import { EndOffer } from "./EndOffer";
import { ElementView } from "./elements";

/** A page's shown elements, each through its type's component. */
type TProps = {
  def: TVersionDef;
  pageId: string;
  title: string;
  elements: TElement[];
  form: UseFormReturn<TFormValues>;
  ctx: TContext;
  offer: readonly string[];
  lang?: string;
};

export function PageView({ def, pageId, title, elements, form, ctx, offer, lang }: TProps) {
  return (
    <>
      {elements.map((el) =>
        isOfferElement(def, pageId, el) && el.type === "single" ? (
          <EndOffer key={el.id} def={def} el={el} offer={offer} form={form} ctx={ctx} />
        ) : (
          <ElementView key={el.id} el={shownElement(def, pageId, title, el, lang)} form={form} ctx={ctx} />
        ),
      )}
    </>
  );
}
