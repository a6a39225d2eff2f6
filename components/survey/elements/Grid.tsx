"use client";

import { useState } from "react";
import { useWatch } from "react-hook-form";
import { shownOptions } from "@/lib/survey/elements/shared";
import { ScaleQuestion, scaleOptions } from "../fields/ScaleQuestion";
import { useMessages } from "../language";
import { useNextCheck } from "../nextChecks";
import { errorOf, piped, type TElementProps } from "./types";

/**
 * A rating matrix: one row per option, one scale. Each row is a fieldset with the scale as a
 * segmented control, so 39 statements fit in a few phone screens. The scale's labels are shown
 * once (a key, and column headings that stay at the top while scrolling); "x van n beantwoord"
 * stays at the bottom. Rows may stay empty, but the first Volgende with open rows asks "toch
 * verder?"; the second goes on.
 */
export function Grid({ el, form, ctx }: TElementProps<"grid">) {
  const scale = ctx.scale(el.scale);
  const m = useMessages();
  const options = scaleOptions(scale);
  const scored = options.filter((o) => !o.isMissing);
  const help = piped(ctx, el.help);
  const rows = shownOptions(el, ctx).map((row) => ({ ...row, name: `${el.id}_${row.code}` }));
  const values = useWatch({ control: form.control, name: rows.map((r) => r.name) }) as unknown[];
  const isOpen = rows.map((_, i) => typeof values[i] !== "number");
  const openCount = isOpen.filter(Boolean).length;
  const [isAsked, setIsAsked] = useState(false);
  useNextCheck(() => {
    if (openCount === 0 || isAsked) return true;
    setIsAsked(true);
    return false;
  });
  // The key names every labelled point; with labels only at the ends the headings say it all.
  const key = scored.filter((o) => o.label !== String(o.value));
  const firstOpen = rows.find((_, i) => isOpen[i]);
  const toFirstOpen = () => {
    const radio = firstOpen && document.getElementById(`${firstOpen.name}-${options[0].value}`);
    radio?.scrollIntoView({ block: "center" });
    radio?.focus({ preventScroll: true });
  };

  return (
    <section className="sv-question sv-grid" style={{ "--sv-cols": scored.length, "--sv-miss": options.length - scored.length } as React.CSSProperties}>
      <h2 className="sv-question-title">{ctx.pipe(el.text)}</h2>
      {help && <p className="sv-help">{help}</p>}
      {key.length > 2 && (
        <ul className="sv-grid-key">
          {key.map((o) => (
            <li key={o.value}>
              <b>{o.value}</b> {o.label}
            </li>
          ))}
        </ul>
      )}
      <div className="sv-grid-head" aria-hidden="true">
        <div className="sv-seg">
          {scored.map((o) => (
            <span key={o.value}>{o.label}</span>
          ))}
        </div>
        {scored.length < options.length && <div className="sv-seg sv-seg-missing" />}
      </div>
      {rows.map((row, i) => (
        <ScaleQuestion
          key={row.name}
          control={form.control}
          name={row.name}
          legend={row.label}
          scale={scale}
          error={errorOf(form, row.name)}
          isSkipped={isAsked && isOpen[i]}
        />
      ))}
      <p className={`sv-grid-count${openCount === 0 ? " is-complete" : ""}`}>
        {m.gridCount(rows.length - openCount, rows.length)}
      </p>
      {isAsked && openCount > 0 && (
        <div className="sv-notice sv-notice-warn" role="alert">
          <p>
            <strong>{m.gridOpen(openCount)}</strong> {m.gridOpenHelp}
          </p>
          <button type="button" className="btn btn-secondary btn-small" onClick={toFirstOpen}>
            {m.gridFirstOpen}
          </button>
        </div>
      )}
    </section>
  );
}
