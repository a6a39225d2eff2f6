"use client";

import { useEffect, useState } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TBarFigure } from "@/lib/analysis/figures";
import { PALETTE } from "./palette";

const short = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Horizontal bars (long Dutch labels read best on the category axis); the table is the exact view. */
export function BarFigureChart({ figure }: { figure: TBarFigure }) {
  const maxLabel = useIsNarrow() ? 20 : 42;
  const data = figure.rows.map((r) => ({ label: r.label, ...Object.fromEntries(figure.series.map((s) => [s.key, r.values[s.key] ?? 0])) }));
  const height = Math.max(140, figure.rows.length * (22 + 10 * figure.series.length) + 60);
  const unit = figure.unit === "pct" ? "%" : "";
  const domain = figure.domain ?? (figure.unit === "pct" ? [0, 100] : [0, "auto"]);
  return (
    <div className="chart" aria-hidden="true" data-testid={`chart-${figure.id}`}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 4 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" domain={domain as [number, number]} unit={unit} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={maxLabel * 5.2} interval={0}
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

function useIsNarrow(): boolean {
  const [isNarrow, setIsNarrow] = useState(false);
  useEffect(() => {
    const query = window.matchMedia("(max-width: 600px)");
    const update = () => setIsNarrow(query.matches);
    update();
    query.addEventListener("change", update);
    return () => query.removeEventListener("change", update);
  }, []);
  return isNarrow;
}
