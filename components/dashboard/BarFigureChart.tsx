"use client";

import { useEffect, useRef, useState, type RefObject } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TBarFigure } from "@/lib/analysis/figures";
import { PALETTE } from "./palette";

const short = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Horizontal bars (long Dutch labels read best on the category axis); the table is the exact view. */
export function BarFigureChart({ figure }: { figure: TBarFigure }) {
  const [ref, width] = useWidth();
  // The category axis takes about 40% of the card; labels are cut to fit (the table has them whole).
  const labelWidth = Math.max(90, Math.min(260, width * 0.42));
  const maxLabel = Math.floor(labelWidth / 5.6);
  const data = figure.rows.map((r) => ({ label: r.label, ...Object.fromEntries(figure.series.map((s) => [s.key, r.values[s.key] ?? 0])) }));
  const height = Math.max(140, figure.rows.length * (22 + 10 * figure.series.length) + 60);
  const unit = figure.unit === "pct" ? "%" : "";
  const domain = figure.domain ?? (figure.unit === "pct" ? [0, 100] : [0, "auto"]);
  return (
    <div ref={ref} className="chart" aria-hidden="true" data-testid={`chart-${figure.id}`}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 4 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={domain as [number, number]} unit={unit} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={labelWidth} interval={0}
            tickFormatter={(v: string) => short(v, maxLabel)} tick={{ fontSize: 12 }} />
          <Tooltip formatter={(v) => `${String(v).replace(".", ",")}${unit}`} />
          {figure.series.length > 1 && <Legend />}
          {figure.series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={`${s.label} (N = ${s.n})`} fill={PALETTE[i % PALETTE.length]} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

function useWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(600);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry.contentRect.width));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
