"use client";

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TPerDayRow } from "@/lib/analysis/monitoring";
import type { TFunnel } from "@/lib/analysis/shape-monitoring";
import { PALETTE } from "./palette";

/** Reached vs stopped per page, in flow order. */
export function FunnelChart({ funnel }: { funnel: TFunnel }) {
  const data = funnel.steps.map((s) => ({ label: s.label, bereikt: s.reached, gestopt: s.stopped }));
  return (
    <div aria-hidden="true" data-testid={`funnel-chart-${funnel.key}`}>
      <ResponsiveContainer width="100%" height={Math.max(160, data.length * 30 + 60)}>
        <BarChart accessibilityLayer={false} data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="label" width={150} interval={0} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Legend />
          <Bar dataKey="bereikt" fill={PALETTE[0]} isAnimationActive={false} />
          <Bar dataKey="gestopt" fill={PALETTE[1]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function PerDayChart({ rows }: { rows: TPerDayRow[] }) {
  return (
    <div aria-hidden="true" data-testid="per-day-chart">
      <ResponsiveContainer width="100%" height={220}>
        <LineChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="day" tick={{ fontSize: 11 }} minTickGap={24} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={40} />
          <Tooltip />
          <Legend />
          <Line type="monotone" dataKey="started" name="gestart" stroke={PALETTE[0]} dot={rows.length < 40} isAnimationActive={false} />
          <Line type="monotone" dataKey="finished" name="afgerond" stroke={PALETTE[2]} dot={rows.length < 40} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
