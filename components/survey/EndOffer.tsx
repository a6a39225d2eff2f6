"use client";

import type { TElementOf } from "@/lib/survey/elements/registry";
import type { TVersionDef } from "@/lib/survey/version/schema";
import { partById } from "./builtIn";
import { Single } from "./elements/Single";
import type { TElementProps } from "./elements/types";
import { useMessages } from "./language";

/**
 * The end page's invitation to take up another part (choice mode). One part left: its title and
 * description, and the form's button says "Ja, ik vul ook … in" (the choice is preset). Several:
 * the respondent picks one.
 */
type TProps = Omit<TElementProps<"single">, "el"> & { def: TVersionDef; el: TElementOf<"single">; offer: readonly string[] };

export function EndOffer({ def, el, offer, form, ctx }: TProps) {
  const m = useMessages();
  if (offer.length === 0) return null;
  if (offer.length > 1) return <Single el={el} form={form} ctx={ctx} />;
  const part = partById(def, offer[0]);
  if (!part) return null;
  return (
    <section className="sv-offer" aria-labelledby="offer-title">
      <h2 id="offer-title">{ctx.pipe(el.text)}</h2>
      <p>
        <strong>{part.title}</strong> ({part.estimatedMinutes ? `${m.aboutMinutes(part.estimatedMinutes)}, ` : ""}{m.voluntary})
      </p>
      <p>{part.description}</p>
    </section>
  );
}
