"use client";

import { shownOptions } from "@/lib/survey/elements/shared";
import { ChoiceList } from "../fields/ChoiceList";
import { errorOf, piped, type TElementProps } from "./types";

/** Pick (exactly or at most) N; further boxes are disabled at N and a live counter says how many are chosen. */
export function PickN({ el, form, ctx }: TElementProps<"pickn">) {
  const n = el.count;
  const chosen = form.watch(el.id);
  const count = Array.isArray(chosen) ? chosen.length : 0;
  const rule = el.mode === "exactly" ? `Kies precies ${n}.` : `Kies hoogstens ${n}.`;
  return (
    <ChoiceList
      control={form.control}
      name={el.id}
      legend={ctx.pipe(el.text)}
      help={piped(ctx, el.help) ?? `${rule} Wil je een andere kiezen? Haal dan eerst een vinkje weg.`}
      options={shownOptions(el, ctx)}
      isMultiple
      max={n}
      error={errorOf(form, el.id)}
      status={
        <p className={`sv-counter${count === n ? " is-complete" : ""}`} aria-live="polite">
          {count} van {n} gekozen
        </p>
      }
    />
  );
}
