"use client";

import { useState } from "react";
import { useController } from "react-hook-form";
import { shownOptions } from "@/lib/survey/elements/shared";
import { describedBy, errorId, FieldError, helpId } from "../fields/FieldError";
import { useMessages } from "../language";
import { errorOf, piped, type TElementProps } from "./types";

/**
 * Put the options in order with "hoger"/"lager" buttons: no dragging needed, so it works with a
 * keyboard, a screen reader (each move is announced) and a thumb. Until the respondent moves an
 * option or confirms the order shown, there is no answer.
 */
export function Ranking({ el, form, ctx }: TElementProps<"ranking">) {
  const { field } = useController({ control: form.control, name: el.id });
  const [announcement, setAnnouncement] = useState("");
  const options = shownOptions(el, ctx);
  const labelOf = new Map(options.map((o) => [o.code, o.label]));
  const value = Array.isArray(field.value) ? (field.value as string[]).filter((c) => labelOf.has(c)) : undefined;
  const isRanked = value !== undefined && value.length === options.length;
  const order = isRanked ? value : options.map((o) => o.code);
  const error = errorOf(form, el.id);
  const m = useMessages();
  const help = piped(ctx, el.help) ?? m.rankingHelp;
  const buttonId = (code: string, dir: -1 | 1) => `${el.id}-${code}-${dir < 0 ? "up" : "down"}`;

  const move = (i: number, dir: -1 | 1) => {
    const next = [...order];
    [next[i], next[i + dir]] = [next[i + dir], next[i]];
    field.onChange(next);
    const code = order[i];
    const at = i + dir;
    setAnnouncement(m.rankedAt(labelOf.get(code) ?? code, at + 1, order.length));
    // Keep focus on the moved option; at the top or bottom the other button is the one still usable.
    const isEdge = at === 0 || at === order.length - 1;
    requestAnimationFrame(() => document.getElementById(buttonId(code, isEdge ? (-dir as -1 | 1) : dir))?.focus());
  };

  return (
    <fieldset className="sv-question" aria-describedby={describedBy(helpId(el.id), error && errorId(el.id))}>
      <legend className="sv-legend">{ctx.pipe(el.text)}</legend>
      <p id={helpId(el.id)} className="sv-help">
        {help}
      </p>
      <FieldError id={errorId(el.id)} message={error} />
      <ol className="sv-ranking">
        {order.map((code, i) => (
          <li key={code} className="sv-rank-item">
            <span className="sv-rank-pos" aria-hidden="true">
              {i + 1}
            </span>
            <span className="sv-rank-label">{labelOf.get(code)}</span>
            <span className="sv-rank-buttons">
              <button id={buttonId(code, -1)} type="button" className="btn btn-secondary btn-small" disabled={i === 0} onClick={() => move(i, -1)}>
                <span aria-hidden="true">↑</span>
                <span className="visually-hidden">{m.higher(labelOf.get(code) ?? code)}</span>
              </button>
              <button
                id={buttonId(code, 1)}
                type="button"
                className="btn btn-secondary btn-small"
                disabled={i === order.length - 1}
                onClick={() => move(i, 1)}
              >
                <span aria-hidden="true">↓</span>
                <span className="visually-hidden">{m.lower(labelOf.get(code) ?? code)}</span>
              </button>
            </span>
          </li>
        ))}
      </ol>
      {!isRanked && (
        <p className="sv-rank-confirm">
          <button type="button" className="btn btn-secondary btn-small" onClick={() => field.onChange(order)}>
            Deze volgorde klopt
          </button>
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </fieldset>
  );
}
