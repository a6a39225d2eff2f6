"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { pick } from "@/lib/i18n/admin";
import { DASHBOARD } from "@/lib/i18n/admin/dashboard";
import { useAdminLang } from "@/components/admin/AdminLanguage";
import styles from "./dashboard.module.css";

const INTERVAL_MS = 1500;

/**
 * Polls a cheap database watermark and re-renders the server components when it moves. The
 * watermark lives in the database, so this works behind a load balancer with several instances.
 */
export function LiveRefresh({ slug }: { slug: string }) {
  const router = useRouter();
  const lang = useAdminLang();
  const t = pick(DASHBOARD, lang);
  const last = useRef<string | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; at: string | null }>({ ok: true, at: null });

  useEffect(() => {
    let isActive = true;
    let timer: ReturnType<typeof setTimeout>;
    const tick = async () => {
      try {
        const res = await fetch(`/api/admin/s/${encodeURIComponent(slug)}/live`, { cache: "no-store" });
        if (!res.ok) throw new Error(String(res.status));
        const { watermark } = (await res.json()) as { watermark: string };
        if (last.current !== null && watermark !== last.current) router.refresh();
        last.current = watermark;
        if (isActive) setStatus({ ok: true, at: new Date().toLocaleTimeString(lang === "en" ? "en-GB" : "nl-NL") });
      } catch {
        if (isActive) setStatus((s) => ({ ...s, ok: false }));
      }
      if (isActive) timer = setTimeout(tick, document.hidden ? INTERVAL_MS * 4 : INTERVAL_MS);
    };
    void tick();
    return () => {
      isActive = false;
      clearTimeout(timer);
    };
  }, [slug, router, lang]);

  return (
    <span className={styles.live} data-testid="live-status">
      <span className={`${styles.dot} ${status.ok ? "" : styles.dotOff}`} aria-hidden="true" />
      {status.ok ? (status.at ? t.liveChecked(status.at) : t.live) : t.liveOff}
    </span>
  );
}
