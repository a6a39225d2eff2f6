import styles from "@/components/dashboard/dashboard.module.css";

/**
 * Shown under the survey's title and tabs while a survey page loads. Only here: access and the
 * survey's existence are decided in the layout above, so streaming cannot turn a 403/404 into a 200.
 */
export default function SurveyPageLoading() {
  return (
    <main aria-busy="true">
      <p className="visually-hidden" role="status">Laden…</p>
      <div className={styles.skeleton} />
    </main>
  );
}
