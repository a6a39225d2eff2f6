"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TPerDayRow } from "@/lib/analysis/monitoring";
import { formatCount, formatDay } from "@/lib/format/nl";
import { PALETTE } from "./palette";

export function PerDayChart({ rows }: { rows: TPerDayRow[] }) {
  return (
    <div aria-hidden="true" data-testid="per-day-chart">
      <ResponsiveContainer width="100%" height={220}>
        <LineChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="day" tick={{ fontSize: 11 }} minTickGap={24} tickFormatter={formatDay} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={40} />
          <Tooltip labelFormatter={(d) => formatDay(String(d))} formatter={(v) => formatCount(Number(v))} />
          <Legend />
          <Line type="monotone" dataKey="started" name="gestart" stroke={PALETTE[0]} dot={rows.length < 40} isAnimationActive={false} />
          <Line type="monotone" dataKey="finished" name="afgerond" stroke={PALETTE[2]} dot={rows.length < 40} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
