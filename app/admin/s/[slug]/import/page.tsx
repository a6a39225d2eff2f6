import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MAX_FILE_BYTES } from "@/lib/import/read";
import { listImports } from "@/lib/import/service";
import { getActiveVersion } from "@/lib/survey/service";
import styles from "@/components/dashboard/dashboard.module.css";
import { formatDateTime } from "@/lib/format/nl";
import { surveyConfig } from "@/lib/survey/config";
import { undoImportAction } from "./actions";
import { ImportWizard } from "./import-wizard";
import { UndoImportButton } from "./undo-button";
import { requireSurveyArea } from "@/lib/auth/survey-access";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Import" };

export default async function ImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireSurveyArea(slug, "import");
  const version = await getActiveVersion(slug);
  if (!version) notFound();
  const imports = await listImports(slug);
  return (
    <main>
      <h2>Dataset importeren</h2>
      <p>
        Importeer een eerdere meting als eigen wave: een SurveyMonkey-export (“All individual responses”, CSV of XLSX, zoals
        SurveyMonkey hem schrijft) of een CSV-export (breed) van dit platform. Je controleert eerst de voorgestelde koppeling
        van kolommen aan vragen en doet een proefimport; pas daarna wordt alles in één keer geïmporteerd, of niets.
        IP-adressen worden alleen als gesleutelde hash opgeslagen; e-mailadressen en namen worden nooit geïmporteerd.
      </p>
      <ImportWizard slug={slug} liveWave={version.wave} maxBytes={MAX_FILE_BYTES} />
      <section className={styles.section} aria-labelledby="imports-title">
        <h2 id="imports-title">Eerdere imports</h2>
        <p className="muted">Een import ongedaan maken verwijdert al zijn antwoorden; daarna kan een verbeterde import volgen. Het auditlog bewaart wie wat importeerde en ongedaan maakte.</p>
        {imports.length === 0 ? (
          <p className="muted">Nog geen imports.</p>
        ) : (
          <div className={styles.tableWrap}>
            <table className={styles.table} data-testid="imports-table">
              <thead>
                <tr>
                  <th>Wave</th>
                  <th>Bestand</th>
                  <th className={styles.num}>Antwoorden</th>
                  <th className={styles.num}>Volledig</th>
                  <th className={styles.num}>Versie</th>
                  <th>Geïmporteerd</th>
                  <th>Door</th>
                  <th><span className="visually-hidden">Acties</span></th>
                </tr>
              </thead>
              <tbody>
                {imports.map((b) => (
                  <tr key={b.id} data-wave={b.wave}>
                    <td>{b.wave}</td>
                    <td>{b.fileName}</td>
                    <td className={styles.num}>{b.responses}</td>
                    <td className={styles.num}>{b.finished}</td>
                    <td className={styles.num}>{b.version}</td>
                    <td>{formatDateTime(b.createdAt, surveyConfig(slug).timeZone)}</td>
                    <td>{b.createdBy ?? "–"}</td>
                    <td><UndoImportButton slug={slug} batchId={b.id} label={`${b.wave} (${b.fileName})`} action={undoImportAction} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </main>
  );
}
