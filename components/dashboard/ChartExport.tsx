"use client";

import { useRef, useState } from "react";
import { pick } from "@/lib/i18n/admin";
import { DASHBOARD } from "@/lib/i18n/admin/dashboard";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import styles from "./dashboard.module.css";

/**
 * "Figuur downloaden als PNG | SVG" under a chart. The export code (lib/charts/export-chart.ts)
 * is loaded on the first click, so the page's own JavaScript does not grow.
 */
export function ChartExport({ name, title }: { name: string; title: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const t = pick(DASHBOARD, useAdminLang());
  const [error, setError] = useState<string | null>(null);
  async function run(format: "png" | "svg") {
    setError(null);
    const card = ref.current?.closest("section");
    try {
      if (!card) throw new Error("no card");
      const { exportChart } = await import("@/lib/charts/export-chart");
      await exportChart(card, format, name);
    } catch {
      setError(t.downloadFailed);
    }
  }
  return (
    <div ref={ref} className={styles.chartExport} data-testid={`chart-export-${name}`}>
      <span className="muted">{t.downloadAs}</span>
      <button type="button" className="btn btn-secondary btn-small" onClick={() => run("png")} aria-label={t.asPng(title)}>PNG</button>
      <button type="button" className="btn btn-secondary btn-small" onClick={() => run("svg")} aria-label={t.asSvg(title)}>SVG</button>
      {error && <span className="error" role="alert">{error}</span>}
    </div>
  );
}
