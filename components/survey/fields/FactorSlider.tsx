"use client";

import { useRef, type PointerEvent } from "react";
import { useController, type Control } from "react-hook-form";
import type { TScale } from "@/lib/survey/version/primitives";
import { useMessages } from "../language";
import { describedBy, errorId, FieldError } from "./FieldError";

/**
 * A 0–10 slider that starts EMPTY: no thumb and "Nog niet gekozen" until the respondent picks a
 * value (null = no answer, which is not the same as the middle of the scale). A native range input
 * keeps it usable with keyboard and screen reader; "Wis" takes the answer back.
 *
 * Fingers never reach the range input itself: a phone's browser moves its value to the finger on
 * touch-down and keeps it when the gesture turns into a scroll. The track around it takes the
 * pointer instead and lets the page scroll vertically (touch-action: pan-y); only a tap (a click,
 * which the browser does not send after a scroll), a sideways drag or a mouse sets a value. The
 * numbers under the track are buttons.
 */
type TProps = { control: Control<Record<string, unknown>>; name: string; text: string; scale: TScale; error?: string };

/** Sideways movement (px) after which a touch on the track is a drag, when it is mostly sideways. */
const DRAG_START_PX = 10;
/** The thumb's width in app/globals.css (.sv-range): its centre travels between the half-widths. */
const THUMB_PX = 30;

type TTouch = { pointerId: number; x: number; y: number; isDragging: boolean };

export function FactorSlider({ control, name, text, scale, error }: TProps) {
  const { field } = useController({ control, name });
  const input = useRef<HTMLInputElement | null>(null);
  const touch = useRef<TTouch | null>(null);
  const value = typeof field.value === "number" ? field.value : null;
  const step = scale.step ?? 1;
  const mid = scale.min + Math.round((scale.max - scale.min) / 2 / step) * step;
  const labelOf = (v: number) => scale.labels.find((l) => l.value === v)?.label;
  const m = useMessages();
  const valueText = value === null ? m.notChosen : [String(value), labelOf(value)].filter(Boolean).join(": ");
  const ticks = Array.from({ length: Math.floor((scale.max - scale.min) / step) + 1 }, (_, i) => scale.min + i * step);
  const scaleId = `${name}-scale`;
  // The button is disabled once the answer is gone, which would drop focus to the page: back to the slider.
  const clear = () => {
    field.onChange(null);
    document.getElementById(name)?.focus();
  };

  const pick = (v: number) => {
    if (v !== value) field.onChange(v);
    input.current?.focus({ preventScroll: true });
  };
  const valueAt = (clientX: number) => {
    const box = input.current!.getBoundingClientRect();
    const share = Math.min(1, Math.max(0, (clientX - box.left - THUMB_PX / 2) / (box.width - THUMB_PX)));
    return scale.min + Math.round((share * (scale.max - scale.min)) / step) * step;
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (!e.isPrimary || e.button !== 0) return;
    // A mouse cannot scroll by dragging: it picks at once and drags the value along.
    const isMouse = e.pointerType === "mouse";
    touch.current = { pointerId: e.pointerId, x: e.clientX, y: e.clientY, isDragging: isMouse };
    if (!isMouse) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    pick(valueAt(e.clientX));
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const t = touch.current;
    if (!t || t.pointerId !== e.pointerId) return;
    if (!t.isDragging) {
      const dx = Math.abs(e.clientX - t.x);
      // A vertical move is the browser's: it scrolls and cancels the pointer (pointercancel).
      if (dx < DRAG_START_PX || dx <= Math.abs(e.clientY - t.y)) return;
      t.isDragging = true;
      e.currentTarget.setPointerCapture(e.pointerId);
    }
    pick(valueAt(e.clientX));
  };
  const onPointerEnd = () => {
    touch.current = null;
  };

  return (
    <div className={`sv-slider${value === null ? " is-unset" : ""}`}>
      <label htmlFor={name} className="sv-slider-text">
        {text}
      </label>
      <p id={scaleId} className="sv-help">
        {scale.min} = {labelOf(scale.min)?.toLowerCase()}, {scale.max} = {labelOf(scale.max)?.toLowerCase()}
      </p>
      <FieldError id={errorId(name)} message={error} />
      <div
        className="sv-range-track"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerEnd}
        onPointerCancel={onPointerEnd}
        onClick={(e) => pick(valueAt(e.clientX))}
      >
        <input
          id={name}
          ref={(el) => {
            field.ref(el);
            input.current = el;
          }}
          type="range"
          className="sv-range"
          min={scale.min}
          max={scale.max}
          step={step}
          value={value ?? mid}
          aria-valuetext={valueText}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(scaleId, error && errorId(name))}
          onChange={(e) => field.onChange(e.currentTarget.valueAsNumber)}
          onKeyDown={(e) => {
            // On an empty slider the arrow keys start from the middle; Space or Enter picks the middle itself.
            if (value === null && (e.key === " " || e.key === "Enter")) {
              e.preventDefault();
              field.onChange(mid);
            }
          }}
          onBlur={field.onBlur}
        />
      </div>
      {/* The same choice as the track, for a finger or a mouse; the slider itself is what keyboards and screen readers use. */}
      <div className="sv-ticks" aria-hidden="true" style={{ "--sv-ticks": ticks.length } as React.CSSProperties}>
        {ticks.map((t) => (
          <button key={t} type="button" tabIndex={-1} className={t === value ? "is-current" : undefined} onClick={() => pick(t)}>
            {t}
          </button>
        ))}
      </div>
      <div className="sv-slider-foot">
        <output htmlFor={name} className="sv-slider-value" aria-hidden="true">
          {value === null ? m.notChosen : m.chosen(valueText)}
        </output>
        <button type="button" className="btn btn-secondary btn-small" disabled={value === null} onClick={clear}>
          {m.clear}<span className="visually-hidden">{m.clearAnswerFor(text)}</span>
        </button>
      </div>
    </div>
  );
}
