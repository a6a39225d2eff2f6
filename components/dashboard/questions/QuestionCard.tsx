import Link from "next/link";
import type { TCount, TQuestionSummary } from "@/lib/analysis/questions/shape";
import { formatCount, formatMean, formatNumber, formatPct } from "@/lib/format/nl";
import dash from "../dashboard.module.css";
import { pick, type TAdminLang } from "@/lib/i18n/admin";
import { QUESTIONS } from "@/lib/i18n/admin/questions";
import styles from "./questions.module.css";

/**
 * One question of "Alle vragen", rendered by its summary kind (lib/analysis/questions/kinds.ts).
 * Every number goes through lib/format/nl.ts; every text is a React text node (escaped).
 */
type TProps = { q: TQuestionSummary; answersHref: (variable: string) => string; lang?: TAdminLang };
type TTexts = (typeof QUESTIONS)["nl"];

const KIND_LABELS: Record<TQuestionSummary["kind"], keyof TTexts> = {
  choice: "kindChoice", choices: "kindChoices", ranking: "kindRanking", scale: "kindScale", number: "kindNumber", text: "kindText",
};

function Bar({ pct }: { pct: number | null }) {
  return <span className={styles.bar} style={{ width: `${Math.max(0, Math.min(100, pct ?? 0))}%` }} aria-hidden="true" />;
}

function Facts({ q, t }: { q: TQuestionSummary; t: TTexts }) {
  return (
    <ul className={styles.facts} data-testid="question-facts">
      <li>{t.seen} <strong data-testid="question-shown">{formatCount(q.shown)}</strong></li>
      <li>{t.answered} <strong data-testid="question-answered">{formatCount(q.answered)}</strong></li>
      <li>{t.skipped} <strong data-testid="question-skipped">{formatCount(q.skipped)}</strong></li>
      <li className="muted">{String(t[KIND_LABELS[q.kind]])}</li>
    </ul>
  );
}

function OptionTable({ q, t }: { q: TQuestionSummary; t: TTexts }) {
  const isShareOfOffered = q.kind === "choices";
  // The base per option only differs from "seen" where an option is offered under a condition.
  const hasOwnBase = isShareOfOffered && q.options!.some((o) => o.base !== q.shown);
  return (
    <div className={`${dash.tableWrap} ${styles.wrap}`}>
      <table className={`${dash.table} ${styles.options}`}>
        <caption className="visually-hidden">{q.title}</caption>
        <thead>
          <tr>
            <th scope="col">{t.answer}</th>
            <th scope="col" className={dash.num}>{t.count}</th>
            <th scope="col" className={dash.num}>%</th>
            {hasOwnBase && <th scope="col" className={dash.num}>{t.couldChoose}</th>}
            <td className={styles.barCell} aria-hidden="true" />
          </tr>
        </thead>
        <tbody>
          {q.options!.map((o) => (
            <tr key={o.code} data-testid={`option-${o.code}`}>
              <th scope="row">{o.label}</th>
              <td className={dash.num}>{formatCount(o.n)}</td>
              <td className={dash.num}>{formatPct(o.pct)}</td>
              {hasOwnBase && <td className={dash.num}>{formatCount(o.base)}</td>}
              <td className={styles.barCell}><Bar pct={o.pct} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className={dash.n} data-testid="option-base">
        {isShareOfOffered
          ? `${t.pctOfSeen}${hasOwnBase ? t.pctCouldChoose : ""}${q.type === "pickn" && q.top ? t.eachChose(!!q.isAtMost, q.top) : ""}.`
          : t.pctOfAnswered}
      </p>
    </div>
  );
}

function RankTable({ q, t }: { q: TQuestionSummary; t: TTexts }) {
  return (
    <div className={`${dash.tableWrap} ${styles.wrap}`}>
      <table className={`${dash.table} ${styles.options}`}>
        <caption className="visually-hidden">{q.title}</caption>
        <thead>
          <tr>
            <th scope="col">{t.answer}</th>
            <th scope="col" className={dash.num}>{t.inTop(q.top ?? 0)}</th>
            <th scope="col" className={dash.num}>{t.pctInTop(q.top ?? 0)}</th>
            <th scope="col" className={dash.num}>{t.meanRank}</th>
            <th scope="col" className={dash.num}>{t.nRanked}</th>
            <td className={styles.barCell} aria-hidden="true" />
          </tr>
        </thead>
        <tbody>
          {q.ranks!.map((r) => (
            <tr key={r.code} data-testid={`rank-${r.code}`}>
              <th scope="row">{r.label}</th>
              <td className={dash.num}>{formatCount(r.n)}</td>
              <td className={dash.num}>{formatPct(r.pct)}</td>
              <td className={dash.num}>{formatMean(r.meanRank)}</td>
              <td className={dash.num}>{formatCount(r.ranked)}</td>
              <td className={styles.barCell}><Bar pct={r.pct} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CountCell({ c }: { c: TCount }) {
  return (
    <>
      <span className={styles.cell}>{formatCount(c.n)}</span>
      <span className={styles.cellPct}>{formatPct(c.pct, 0)}</span>
    </>
  );
}

function ScaleTable({ q, t }: { q: TQuestionSummary; t: TTexts }) {
  const { columns, rows } = q.scale!;
  return (
    <div className={`${dash.tableWrap} ${styles.wrap}`}>
      <table className={`${dash.table} ${styles.matrix}`}>
        <caption className="visually-hidden">{t.scaleCaption(q.title)}</caption>
        <thead>
          <tr>
            <th scope="col">{rows.length > 1 ? t.row : t.question}</th>
            <th scope="col" className={dash.num}>{t.skippedHead}</th>
            <th scope="col" className={dash.num}>N</th>
            <th scope="col" className={dash.num}>{t.mean}</th>
            <th scope="col" className={dash.num}>SD</th>
            <th scope="col" className={dash.num}>{t.median}</th>
            {columns.map((c) => <th key={c.value} scope="col" className={dash.num}>{c.label}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code} data-testid={`row-${r.code}`}>
              <th scope="row">{r.label}</th>
              <td className={`${dash.num} ${r.skipped > 0 ? styles.skipped : ""}`} data-testid="row-skipped">
                {formatCount(r.skipped)}
                <span className={styles.cellPct}>{t.of(formatCount(r.shown))}</span>
              </td>
              <td className={dash.num} data-testid="row-n">{formatCount(r.n)}</td>
              <td className={dash.num}>{formatMean(r.mean)}</td>
              <td className={dash.num}>{formatMean(r.sd)}</td>
              <td className={dash.num}>{formatNumber(r.median, { maxDigits: 1 })}</td>
              {r.counts.map((c, i) => <td key={columns[i].value} className={dash.num}><CountCell c={c} /></td>)}
            </tr>
          ))}
        </tbody>
      </table>
      {columns.some((c) => c.isMissing) && (
        <p className={dash.n}>{columns.filter((c) => c.isMissing).map((c) => c.label).join(", ")}{t.missingNote}</p>
      )}
    </div>
  );
}

function NumberSummary({ q, t }: { q: TQuestionSummary; t: TTexts }) {
  const s = q.number!;
  const most = Math.max(1, ...s.bins.map((b) => b.n));
  return (
    <>
      <ul className={styles.facts}>
        <li>N: <strong>{formatCount(s.n)}</strong></li>
        <li>{t.meanColon} <strong>{formatMean(s.mean)}</strong></li>
        <li>SD: <strong>{formatMean(s.sd)}</strong></li>
        <li>{t.medianColon} <strong>{formatNumber(s.median, { maxDigits: 1 })}</strong></li>
        <li>{t.range} <strong>{formatCount(s.min)}–{formatCount(s.max)}</strong></li>
      </ul>
      {s.bins.length > 0 && (
        <div className={`${dash.tableWrap} ${styles.wrap}`}>
          <ul className={styles.histogram} aria-hidden="true">
            {s.bins.map((b) => <li key={b.from} style={{ height: `${(100 * b.n) / most}%` }} />)}
          </ul>
          <table className={dash.table}>
            <caption className="visually-hidden">{t.distribution(q.title)}</caption>
            <thead><tr><th scope="col">{t.value}</th><th scope="col" className={dash.num}>{t.count}</th></tr></thead>
            <tbody>
              {s.bins.map((b) => (
                <tr key={b.from}>
                  <th scope="row">{b.from === b.to ? formatCount(b.from) : `${formatCount(b.from)}–${formatCount(b.to)}`}</th>
                  <td className={dash.num}>{formatCount(b.n)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

export function QuestionCard({ q, answersHref, lang = "nl" }: TProps) {
  const t = pick(QUESTIONS, lang);
  return (
    <section className={`${dash.card} ${styles.question}`} aria-labelledby={`q-${q.id}`} data-testid={`question-${q.id}`}>
      <h3 id={`q-${q.id}`}>{q.title}</h3>
      {q.question && q.question !== q.title && <p className={styles.text}>{q.question}</p>}
      <Facts q={q} t={t} />
      {q.shown === 0 ? (
        <p className="muted">{t.nobodySaw}</p>
      ) : (
        <>
          {q.options && <OptionTable q={q} t={t} />}
          {q.ranks && <RankTable q={q} t={t} />}
          {q.scale && <ScaleTable q={q} t={t} />}
          {q.number && <NumberSummary q={q} t={t} />}
        </>
      )}
      {q.open.length > 0 && (
        <p className={styles.open}>
          {q.open.map((o) => (
            <Link key={o.variable} href={answersHref(o.variable)} data-testid={`answers-link-${o.variable}`}>
              {q.kind === "text" ? t.readAnswers : t.readOther} ({formatCount(o.n)})
            </Link>
          ))}
        </p>
      )}
    </section>
  );
}
