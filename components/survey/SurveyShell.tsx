"use client";

import { useCallback, useEffect, useState, type ComponentType, type ReactNode } from "react";
import type { TSurveyAppProps } from "./SurveyApp";
import { messages } from "@/lib/survey/i18n/messages";

/**
 * What the survey link loads first: the server's static first page (children) and this little
 * component, which fetches the questionnaire's code after the page is shown and hands over to it.
 * The questionnaire (forms, validation, flow engine, every element type) is most of the page's
 * JavaScript; a phone on a slow connection shows the welcome text without waiting for it.
 */
type TProps = Omit<TSurveyAppProps, "firstPage"> & { children: ReactNode };

/** Boxes ticked on the static page before the questionnaire took over: kept, not lost. */
function staticPageValues(): Record<string, boolean> {
  const form = document.querySelector<HTMLFormElement>("form[data-static-page]");
  if (!form) return {};
  return Object.fromEntries([...form.querySelectorAll<HTMLInputElement>("input[type=checkbox][name]")].filter((i) => i.checked).map((i) => [i.name, true]));
}

export function SurveyShell({ children, ...props }: TProps) {
  const [App, setApp] = useState<ComponentType<TSurveyAppProps>>();
  const [isAppShown, setIsAppShown] = useState(false);
  const [hasFailed, setHasFailed] = useState(false);
  const m = messages(props.language?.language);

  const load = useCallback(() => {
    setHasFailed(false);
    import("./SurveyApp").then((m) => setApp(() => m.SurveyApp), () => setHasFailed(true));
  }, []);
  useEffect(load, [load]);

  return (
    <>
      {!isAppShown && children}
      {hasFailed && (
        <div className="container">
          <div className="sv-notice sv-notice-error" role="alert">
            <p>{m.loadFailed}</p>
            <button type="button" className="btn btn-secondary" onClick={load}>
              {m.tryAgain}
            </button>
          </div>
        </div>
      )}
      {App && <App {...props} firstPage={{ values: staticPageValues, onShown: () => setIsAppShown(true) }} />}
    </>
  );
}
