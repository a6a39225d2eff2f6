"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import type { TImportReport } from "@/lib/import/convert";
import type { TImportMapping } from "@/lib/import/mapping";
import { ZImportOptions } from "@/lib/import/options";
import type { TAnalysis, TImportResult } from "@/lib/import/service";
import { MappingTable } from "./mapping-table";
import { ReportView } from "./report-view";
import styles from "./import.module.css";

type TStatus = { kind: "error" | "ok" | "busy"; text: string } | null;
const ZOptionsForm = ZImportOptions.pick({ wave: true, flowMode: true });

async function post(slug: string, file: File, fields: Record<string, string>) {
  const form = new FormData();
  form.set("file", file);
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const response = await fetch(`/api/admin/s/${encodeURIComponent(slug)}/import`, { method: "POST", body: form }).catch(() => null);
  if (!response) return { ok: false as const, error: "Geen verbinding met de server. Probeer het opnieuw." };
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok) return { ok: false as const, error: String(body.error ?? `Fout ${response.status}`) };
  return { ok: true as const, body };
}

export function ImportWizard({ slug, liveWave, maxBytes }: { slug: string; liveWave: string; maxBytes: number }) {
  const router = useRouter();
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
    if (!file) return setStatus({ kind: "error", text: "Kies eerst een bestand (CSV of XLSX)." });
    if (file.size > maxBytes) return setStatus({ kind: "error", text: `Het bestand is te groot (maximaal ${maxBytes / 1024 / 1024} MB).` });
    setStatus({ kind: "busy", text: "Bestand inlezen…" });
    const r = await post(slug, file, { step: "analyse", flowMode: form.getValues("flowMode") ?? "choice" });
    if (!r.ok) return setStatus({ kind: "error", text: r.error });
    const a = r.body as unknown as TAnalysis;
    setAnalysis(a);
    setMapping(a.mapping);
    setStatus({ kind: "ok", text: `${a.report.rowCount} antwoorden en ${a.columns.length} kolommen gelezen. Controleer de koppeling.` });
  };

  const run = (step: "dryrun" | "import") =>
    form.handleSubmit(async (values) => {
      if (!file || !mapping) return;
      setStatus({ kind: "busy", text: step === "dryrun" ? "Proefimport…" : "Importeren…" });
      const r = await post(slug, file, { step, mapping: JSON.stringify(mapping), wave: values.wave, flowMode: values.flowMode ?? "choice" });
      if (!r.ok) return setStatus({ kind: "error", text: r.error });
      if (step === "dryrun") {
        const rep = r.body.report as TImportReport;
        setReport(rep);
        return setStatus(
          rep.errorCount
            ? { kind: "error", text: `De proefimport vond ${rep.errorCount} fout(en). Er is niets opgeslagen.` }
            : { kind: "ok", text: "Proefimport zonder fouten. Er is nog niets opgeslagen." },
        );
      }
      const res = r.body.result as TImportResult;
      setResult(res), setAnalysis(null), setMapping(null), setReport(null), setFile(null);
      if (fileInput.current) fileInput.current.value = "";
      setStatus({ kind: "ok", text: `${res.rowCount} antwoorden geïmporteerd als wave ${res.wave} (definitieversie ${res.version}).` });
      router.refresh();
    })();

  const canImport = Boolean(report && report.errorCount === 0 && !isBusy);
  const mappedCount = useMemo(() => mapping?.columns.filter((c) => c.target).length ?? 0, [mapping]);

  return (
    <div className={styles.wizard}>
      <section className={styles.step} aria-labelledby="step-file">
        <h3 id="step-file">1. Bestand kiezen</h3>
        <div className={styles.row}>
          <label htmlFor="import-file" className={styles.label}>
            Export (CSV of XLSX, maximaal {maxBytes / 1024 / 1024} MB; ook Unicode-tekst en tab, puntkomma of verticale streep als scheidingsteken)
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
            Bestand inlezen
          </button>
        </div>
      </section>

      <p role="status" aria-live="polite" className={status?.kind === "error" ? styles.statusError : styles.status} data-testid="import-status">
        {status?.text}
      </p>
      {result && (
        <p className={styles.done} data-testid="import-result">
          Wave {result.wave} staat nu in de resultaten: kies hem bij <a href={`/admin/s/${encodeURIComponent(slug)}/results?wave=${encodeURIComponent(result.wave)}`}>Resultaten</a>.
        </p>
      )}

      {analysis && mapping && (
        <>
          <section className={styles.step} aria-labelledby="step-mapping">
            <h3 id="step-mapping">2. Kolommen koppelen</h3>
            <p className="muted">
              {analysis.layout === "surveymonkey" ? "SurveyMonkey-export" : "CSV-export (breed) van dit platform"}: {mappedCount} van{" "}
              {analysis.columns.length} kolommen gekoppeld. Koppel elke kolom met antwoorden aan een vraag, of kies bewust “niet importeren”: een kolom zonder keuze is een fout in de proefimport.{" "}
              {analysis.layout === "surveymonkey"
                ? "Start- en einddatum worden gelezen als Nederlandse tijd (zoals SurveyMonkey ze in een Nederlands account schrijft)."
                : "Tijden in de export zijn UTC."}
            </p>
            <MappingTable analysis={analysis} mapping={mapping} onChange={changeMapping} />
          </section>

          <section className={styles.step} aria-labelledby="step-run">
            <h3 id="step-run">3. Proefimport en import</h3>
            <form className={styles.row} onSubmit={(e) => (e.preventDefault(), run("dryrun"))} noValidate>
              <div className={styles.field}>
                <label htmlFor="import-wave">Wave</label>
                <input
                  id="import-wave"
                  placeholder="bijv. 2020"
                  aria-invalid={errors.wave ? true : undefined}
                  aria-describedby={errors.wave ? "import-wave-error" : "import-wave-hint"}
                  {...form.register("wave", { onChange: () => setReport(null) })}
                />
                <span id="import-wave-hint" className="muted">
                  Een eigen naam, niet {liveWave} (het lopende veldwerk).
                </span>
                {errors.wave && (
                  <span id="import-wave-error" className={styles.fieldError}>
                    {errors.wave.message}
                  </span>
                )}
              </div>
              <div className={styles.field}>
                <label htmlFor="import-flow">Verloop</label>
                <select id="import-flow" aria-describedby="import-flow-hint" {...form.register("flowMode", { onChange: () => setReport(null) })}>
                  <option value="choice">Eén deel naar keuze</option>
                  <option value="sequential">Beide delen na elkaar</option>
                </select>
                <span id="import-flow-hint" className="muted">
                  Bij “beide delen” telt een antwoord pas als volledig met deel 1 én 2.
                </span>
              </div>
              <button type="submit" className="btn btn-secondary" disabled={isBusy}>
                Proefimport
              </button>
              <button type="button" className="btn" disabled={!canImport} onClick={() => run("import")}>
                Importeren
              </button>
            </form>
            {!report && <p className="muted">Importeren kan na een proefimport zonder fouten met deze koppeling.</p>}
            {report && <ReportView report={report} />}
          </section>
        </>
      )}
    </div>
  );
}
