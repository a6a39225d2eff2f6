"use client";

import { useEffect, useRef, useState, type RefObject } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import type { TBarFigure } from "@/lib/analysis/figures";
import { wrapLabel } from "@/lib/analysis/labels";
import { formatNumber, formatPct } from "@/lib/format/nl";
import { PALETTE } from "./palette";

const FONT_SIZE = 12;
const LINE_HEIGHT = 14;

const estimate = (s: string) => s.length * 6.6;
let canvasMeasure: ((s: string) => number) | undefined;

/** Text widths as the browser draws them (a canvas with the page's font); an estimate outside a browser. */
function measureText(s: string): number {
  if (typeof document === "undefined") return estimate(s);
  if (!canvasMeasure) {
    const ctx = document.createElement("canvas").getContext("2d");
    if (!ctx) return estimate(s);
    ctx.font = `${FONT_SIZE}px ${getComputedStyle(document.body).fontFamily}`;
    canvasMeasure = (t: string) => ctx.measureText(t).width;
  }
  return canvasMeasure(s);
}

/** A category label on as many lines as it needs, centred on its bar; the full text is the tick's title. */
function WrappedTick({ x, y, payload, lines }: { x?: number; y?: number; payload?: { value: string }; lines: Map<string, string[]> }) {
  const label = payload?.value ?? "";
  const parts = lines.get(label) ?? [label];
  const first = (-(parts.length - 1) / 2) * LINE_HEIGHT + FONT_SIZE * 0.35;
  return (
    <text x={x} y={y} textAnchor="end" fontSize={FONT_SIZE} fill="#333" className="recharts-cartesian-axis-tick-value" data-label={label}>
      <title>{label}</title>
      {parts.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? first : LINE_HEIGHT}>{line}</tspan>
      ))}
    </text>
  );
}

const formatValue = (v: unknown, unit: TBarFigure["unit"]) =>
  unit === "pct" ? formatPct(Number(v)) : formatNumber(Number(v), { maxDigits: unit === "mean" ? 2 : 0 });

/** Horizontal bars (long Dutch labels read best on the category axis); labels wrap, the table is the exact view. */
export function BarFigureChart({ figure }: { figure: TBarFigure }) {
  const [ref, width] = useWidth();
  // The category axis takes about 40% of the card; labels wrap within it.
  const labelWidth = Math.max(100, Math.min(420, width * 0.42));
  const lines = new Map(figure.rows.map((r) => [r.label, wrapLabel(r.label, labelWidth - 12, measureText)]));
  const data = figure.rows.map((r) => ({ label: r.label, ...Object.fromEntries(figure.series.map((s) => [s.key, r.values[s.key] ?? 0])) }));
  const rowHeight = (label: string) => Math.max(22 + 10 * figure.series.length, (lines.get(label)?.length ?? 1) * LINE_HEIGHT + 10);
  const tallest = Math.max(0, ...figure.rows.map((r) => rowHeight(r.label)));
  const height = Math.max(140, figure.rows.length * tallest + 60);
  const domain = figure.domain ?? (figure.unit === "pct" ? [0, 100] : [0, "auto"]);
  // A score scale gets whole-number ticks (0, 2, …, 10), not recharts' 0, 3, 6, 9, 10.
  const ticks = figure.domain && figure.domain[1] - figure.domain[0] <= 10
    ? Array.from({ length: Math.floor((figure.domain[1] - figure.domain[0]) / (figure.domain[1] - figure.domain[0] > 5 ? 2 : 1)) + 1 },
      (_, i) => figure.domain![0] + i * (figure.domain![1] - figure.domain![0] > 5 ? 2 : 1))
    : undefined;
  const tickValue = (v: number) => (figure.unit === "pct" ? `${formatNumber(v, { maxDigits: 1 })}%` : formatNumber(v, { maxDigits: 2 }));
  return (
    <div ref={ref} className="chart" style={{ minHeight: height }} aria-hidden="true" data-testid={`chart-${figure.id}`}>
      {/* Drawn once the card's width is known: the wrapped labels, and so the height, follow from it. */}
      {width > 0 && (
        <BarChart width={width} height={height} accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 4 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={domain as [number, number]} ticks={ticks} tickFormatter={tickValue} tick={{ fontSize: FONT_SIZE }} />
          <YAxis type="category" dataKey="label" width={labelWidth} interval={0} tick={<WrappedTick lines={lines} />} />
          <Tooltip formatter={(v) => formatValue(v, figure.unit)} />
          {figure.series.length > 1 && <Legend />}
          {figure.series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={`${s.label} (N = ${formatNumber(s.n, { digits: 0 })})`} fill={PALETTE[i % PALETTE.length]} maxBarSize={28} isAnimationActive={false} />
          ))}
        </BarChart>
      )}
    </div>
  );
}

function useWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
