import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import QRCode from "qrcode";
import { getSurveyContext } from "@/lib/analysis/survey";
import { env } from "@/lib/env";
import { formatCount } from "@/lib/format/nl";
import { listCollectors } from "@/lib/survey/collector-service";
import { collectorLink } from "@/lib/survey/collectors";
import { CollectorForm } from "@/components/dashboard/CollectorForm";
import styles from "@/components/dashboard/dashboard.module.css";
import { createCollectorAction, toggleCollectorAction } from "./actions";
import { requireSurveyArea } from "@/lib/auth/survey-access";
import { pick } from "@/lib/i18n/admin";
import { LINKS } from "@/lib/i18n/admin/fieldwork";
import { adminLang } from "@/lib/i18n/admin-server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Links" };

/** The site's address for links researchers hand out: NEXTAUTH_URL when set, else this request's host. */
async function siteOrigin(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  return `${h.get("x-forwarded-proto") === "https" ? "https" : "http"}://${h.get("host") ?? "localhost"}`;
}

/** Collectors: a named link per channel with its own counts, a QR code, and start/stop. */
export default async function LinksPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireSurveyArea(slug, "links");
  const survey = await getSurveyContext(slug);
  if (!survey) notFound();
  const t = pick(LINKS, await adminLang());
  const [collectors, origin] = await Promise.all([listCollectors(survey.id), siteOrigin()]);
  const rows = await Promise.all(
    collectors.map(async (c) => {
      const link = collectorLink(origin, survey.slug, c.code);
      const [svg, png] = await Promise.all([QRCode.toString(link, { type: "svg", margin: 2 }), QRCode.toDataURL(link, { margin: 2, scale: 8 })]);
      return { ...c, link, svg: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`, png };
    }),
  );
  return (
    <main>
      <h2>{t.title}</h2>
      <p className="muted">{t.intro}</p>
      {rows.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div className={styles.tableWrap}>
          <table className={styles.collectors} data-testid="collectors">
            <thead>
              <tr><th>{t.colName}</th><th>{t.colLink}</th><th>{t.colStarted}</th><th>{t.colFinished}</th><th>{t.colStatus}</th><th>{t.colQr}</th></tr>
            </thead>
            <tbody>
              {rows.map((c) => (
                <tr key={c.id} data-code={c.code}>
                  <td>{c.name}</td>
                  <td><code className={styles.link}>{c.link}</code></td>
                  <td data-col="started">{formatCount(c.started)}</td>
                  <td data-col="finished">{formatCount(c.finished)}</td>
                  <td>
                    <span className={c.isOpen ? styles.fwOpen : styles.fwClosed}>{c.isOpen ? t.active : t.stopped}</span>{" "}
                    <form action={toggleCollectorAction} className={styles.inline}>
                      <input type="hidden" name="slug" value={survey.slug} />
                      <input type="hidden" name="id" value={c.id} />
                      <input type="hidden" name="open" value={String(!c.isOpen)} />
                      <button type="submit" className="btn btn-secondary" aria-label={t.toggleLabel(c.isOpen, c.name)}>
                        {c.isOpen ? t.stop : t.start}
                      </button>
                    </form>
                  </td>
                  <td>
                    {/* eslint-disable-next-line @next/next/no-img-element -- a generated data URL, nothing to optimise */}
                    <img src={c.svg} alt={t.qrAlt(c.name)} width={96} height={96} />
                    <br />
                    <a href={c.svg} download={`qr-${survey.slug}-${c.code}.svg`}>SVG</a> · <a href={c.png} download={`qr-${survey.slug}-${c.code}.png`}>PNG</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t.newLink}</h3>
      <CollectorForm slug={survey.slug} action={createCollectorAction} />
    </main>
  );
}
