"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TPerDayRow } from "@/lib/analysis/monitoring";
import type { TTrend } from "@/lib/analysis/shape-monitoring";
import { formatCount, formatDay } from "@/lib/format/nl";
import { pick } from "@/lib/i18n/admin";
import { MONITORING } from "@/lib/i18n/admin/monitoring";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import { PALETTE } from "./palette";

export function PerDayChart({ rows }: { rows: TPerDayRow[] }) {
  const m = pick(MONITORING, useAdminLang());
  return (
    <div aria-hidden="true" data-testid="per-day-chart">
      <ResponsiveContainer width="100%" height={220}>
        <LineChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="day" tick={{ fontSize: 11 }} minTickGap={24} tickFormatter={formatDay} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={40} />
          <Tooltip labelFormatter={(d) => formatDay(String(d))} formatter={(v) => formatCount(Number(v))} />
          <Legend />
          <Line type="monotone" dataKey="started" name={m.lineStarted} stroke={PALETTE[0]} dot={rows.length < 40} isAnimationActive={false} />
          <Line type="monotone" dataKey="finished" name={m.lineFinished} stroke={PALETTE[2]} dot={rows.length < 40} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

/** The response trend: running totals of started and finished, and of started per source. */
export function TrendChart({ trend }: { trend: TTrend }) {
  const m = pick(MONITORING, useAdminLang());
  return (
    <div aria-hidden="true" data-testid="trend-chart">
      <ResponsiveContainer width="100%" height={260}>
        <LineChart accessibilityLayer={false} data={trend.rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="day" tick={{ fontSize: 11 }} minTickGap={24} tickFormatter={formatDay} />
          <YAxis allowDecimals={false} tick={{ fontSize: 12 }} width={48} tickFormatter={(v) => formatCount(Number(v))} />
          <Tooltip labelFormatter={(d) => formatDay(String(d))} formatter={(v) => formatCount(Number(v))} />
          <Legend />
          <Line type="monotone" dataKey="started" name={m.lineStartedTotal} stroke={PALETTE[0]} strokeWidth={2} dot={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="finished" name={m.lineFinishedTotal} stroke={PALETTE[2]} strokeWidth={2} dot={false} isAnimationActive={false} />
          {trend.series.map((s, i) => (
            <Line
              key={s.key} type="monotone" dataKey={s.key} name={m.lineStartedVia(s.label)} stroke={PALETTE[(i + 3) % PALETTE.length]}
              strokeDasharray="4 3" dot={false} isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
