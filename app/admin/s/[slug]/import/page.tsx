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
import { pick } from "@/lib/i18n/admin";
import { IMPORT } from "@/lib/i18n/admin/import";
import { adminLang } from "@/lib/i18n/admin-server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Import" };

export default async function ImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireSurveyArea(slug, "import");
  const version = await getActiveVersion(slug);
  if (!version) notFound();
  const imports = await listImports(slug);
  const t = pick(IMPORT, await adminLang());
  return (
    <main>
      <h2>{t.title}</h2>
      <p>{t.intro}</p>
      <ImportWizard slug={slug} liveWave={version.wave} maxBytes={MAX_FILE_BYTES} />
      <section className={styles.section} aria-labelledby="imports-title">
        <h2 id="imports-title">{t.earlier}</h2>
        <p className="muted">{t.earlierHint}</p>
        {imports.length === 0 ? (
          <p className="muted">{t.none}</p>
        ) : (
          <div className={styles.tableWrap}>
            <table className={styles.table} data-testid="imports-table">
              <thead>
                <tr>
                  <th>{t.colWave}</th>
                  <th>{t.colFile}</th>
                  <th className={styles.num}>{t.colResponses}</th>
                  <th className={styles.num}>{t.colComplete}</th>
                  <th className={styles.num}>{t.colVersion}</th>
                  <th>{t.colImported}</th>
                  <th>{t.colBy}</th>
                  <th><span className="visually-hidden">{t.colActions}</span></th>
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
