"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import type { TImportReport } from "@/lib/import/convert";
import type { TImportMapping } from "@/lib/import/mapping";
import { ZImportOptions } from "@/lib/import/options";
import { pick } from "@/lib/i18n/admin";
import { IMPORT } from "@/lib/i18n/admin/import";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import type { TAnalysis, TImportResult } from "@/lib/import/service";
import { MappingTable } from "./mapping-table";
import { ReportView } from "./report-view";
import styles from "./import.module.css";

type TStatus = { kind: "error" | "ok" | "busy"; text: string } | null;
const ZOptionsForm = ZImportOptions.pick({ wave: true, flowMode: true });

async function post(slug: string, file: File, fields: Record<string, string>, t: (typeof IMPORT)["nl"]) {
  const form = new FormData();
  form.set("file", file);
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const response = await fetch(`/api/admin/s/${encodeURIComponent(slug)}/import`, { method: "POST", body: form }).catch(() => null);
  if (!response) return { ok: false as const, error: t.noConnection };
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) return { ok: false as const, error: String(body.error ?? t.httpError(response.status)) };
  return { ok: true as const, body };
}

export function ImportWizard({ slug, liveWave, maxBytes }: { slug: string; liveWave: string; maxBytes: number }) {
  const router = useRouter();
  const t = pick(IMPORT, useAdminLang());
  const mb = maxBytes / 1024 / 1024;
  const [file, setFile] = useState<File | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [analysis, setAnalysis] = useState<TAnalysis | null>(null);
  const [mapping, setMapping] = useState<TImportMapping | null>(null);
  const [report, setReport] = useState<TImportReport | null>(null);
  const [result, setResult] = useState<TImportResult | null>(null);
  const [status, setStatus] = useState<TStatus>(null);
  const form = useForm({ resolver: zodResolver(ZOptionsForm), defaultValues: { wave: "", flowMode: "choice" as const } });
  const { errors } = form.formState;
  const isBusy = status?.kind === "busy";

  const changeMapping = (next: TImportMapping) => {
    setMapping(next);
    setReport(null); // a dry run only counts for the mapping it checked
  };

  const analyse = async () => {
    setAnalysis(null), setMapping(null), setReport(null), setResult(null);
    // Read the input itself: a file chosen before the page was interactive has no change event.
    const file = fileInput.current?.files?.[0] ?? null;
    setFile(file);
    if (!file) return setStatus({ kind: "error", text: t.chooseFileFirst });
    if (file.size > maxBytes) return setStatus({ kind: "error", text: t.tooLarge(mb) });
    setStatus({ kind: "busy", text: t.reading });
    const r = await post(slug, file, { step: "analyse", flowMode: form.getValues("flowMode") ?? "choice" }, t);
    if (!r.ok) return setStatus({ kind: "error", text: r.error });
    const a = r.body as unknown as TAnalysis;
    setAnalysis(a);
    setMapping(a.mapping);
    setStatus({ kind: "ok", text: t.read(a.report.rowCount, a.columns.length) });
  };

  const run = (step: "dryrun" | "import") =>
    form.handleSubmit(async (values) => {
      if (!file || !mapping) return;
      setStatus({ kind: "busy", text: step === "dryrun" ? t.dryRunning : t.importing });
      const r = await post(slug, file, { step, mapping: JSON.stringify(mapping), wave: values.wave, flowMode: values.flowMode ?? "choice" }, t);
      if (!r.ok) return setStatus({ kind: "error", text: r.error });
      if (step === "dryrun") {
        const rep = r.body.report as TImportReport;
        setReport(rep);
        return setStatus(
          rep.errorCount
            ? { kind: "error", text: t.dryRunErrors(rep.errorCount) }
            : { kind: "ok", text: t.dryRunOk },
        );
      }
      const res = r.body.result as TImportResult;
      setResult(res), setAnalysis(null), setMapping(null), setReport(null), setFile(null);
      if (fileInput.current) fileInput.current.value = "";
      setStatus({ kind: "ok", text: t.imported(res.rowCount, res.wave, res.version) });
      router.refresh();
    })();

  const canImport = Boolean(report && report.errorCount === 0 && !isBusy);
  const mappedCount = useMemo(() => mapping?.columns.filter((c) => c.target).length ?? 0, [mapping]);

  return (
    <div className={styles.wizard}>
      <section className={styles.step} aria-labelledby="step-file">
        <h3 id="step-file">{t.step1}</h3>
        <div className={styles.row}>
          <label htmlFor="import-file" className={styles.label}>
            {t.fileLabel(mb)}
          </label>
          <input
            id="import-file"
            ref={fileInput}
            type="file"
            accept=".csv,.tsv,.txt,.xlsx,text/csv,text/plain,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setAnalysis(null), setMapping(null), setReport(null), setStatus(null);
            }}
          />
          <button type="button" className="btn" onClick={analyse} disabled={isBusy}>
            {t.readFile}
          </button>
        </div>
      </section>

      <p role="status" aria-live="polite" className={status?.kind === "error" ? styles.statusError : styles.status} data-testid="import-status">
        {status?.text}
      </p>
      {result && (
        <p className={styles.done} data-testid="import-result">
          {t.resultBefore(result.wave)}<a href={`/admin/s/${encodeURIComponent(slug)}/results?wave=${encodeURIComponent(result.wave)}`}>{t.results}</a>.
        </p>
      )}

      {analysis && mapping && (
        <>
          <section className={styles.step} aria-labelledby="step-mapping">
            <h3 id="step-mapping">{t.step2}</h3>
            <p className="muted">
              {analysis.layout === "surveymonkey" ? t.layoutSurveyMonkey : t.layoutWide}: {t.mappedCount(mappedCount, analysis.columns.length)}{" "}
              {t.mappingHint} {analysis.layout === "surveymonkey" ? t.timesSurveyMonkey : t.timesUtc}
            </p>
            <MappingTable analysis={analysis} mapping={mapping} onChange={changeMapping} />
          </section>

          <section className={styles.step} aria-labelledby="step-run">
            <h3 id="step-run">{t.step3}</h3>
            <form className={styles.row} onSubmit={(e) => (e.preventDefault(), run("dryrun"))} noValidate>
              <div className={styles.field}>
                <label htmlFor="import-wave">{t.wave}</label>
                <input
                  id="import-wave"
                  placeholder={t.wavePlaceholder}
                  aria-invalid={errors.wave ? true : undefined}
                  aria-describedby={errors.wave ? "import-wave-error" : "import-wave-hint"}
                  {...form.register("wave", { onChange: () => setReport(null) })}
                />
                <span id="import-wave-hint" className="muted">
                  {t.waveHint(liveWave)}
                </span>
                {errors.wave && (
                  <span id="import-wave-error" className={styles.fieldError}>
                    {errors.wave.message}
                  </span>
                )}
              </div>
              <div className={styles.field}>
                <label htmlFor="import-flow">{t.flow}</label>
                <select id="import-flow" aria-describedby="import-flow-hint" {...form.register("flowMode", { onChange: () => setReport(null) })}>
                  <option value="choice">{t.flowChoice}</option>
                  <option value="sequential">{t.flowSequential}</option>
                </select>
                <span id="import-flow-hint" className="muted">
                  {t.flowHint}
                </span>
              </div>
              <button type="submit" className="btn btn-secondary" disabled={isBusy}>
                {t.dryRun}
              </button>
              <button type="button" className="btn" disabled={!canImport} onClick={() => run("import")}>
                {t.doImport}
              </button>
            </form>
            {!report && <p className="muted">{t.importAfterDryRun}</p>}
            {report && <ReportView report={report} />}
          </section>
        </>
      )}
    </div>
  );
}
