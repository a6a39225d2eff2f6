"use client";

import { Component, type ReactNode } from "react";
import { pick, type TAdminLang } from "@/lib/i18n/admin";
import { SURVEY_FRAME } from "@/lib/i18n/admin/survey-frame";
import { useAdminLang } from "./AdminLanguage";

type TProps = { title: string; children: ReactNode };

/**
 * Keeps one failing dashboard widget (its query threw) from taking down the page: the widget
 * shows a short notice, the other widgets and the page stay. The error itself is in the server log.
 */
class Boundary extends Component<TProps & { lang: TAdminLang }, { hasError: boolean }> {
  state = { hasError: false };

  static getDerivedStateFromError() {
    return { hasError: true };
  }

  render() {
    if (!this.state.hasError) return this.props.children;
    return (
      <div role="alert" className="error" data-testid="widget-error">
        <p>{pick(SURVEY_FRAME, this.props.lang).widgetError(this.props.title)}</p>
      </div>
    );
  }
}

/** The boundary in the admin interface's language (a class component cannot use the hook itself). */
export function WidgetBoundary(props: TProps) {
  return <Boundary {...props} lang={useAdminLang()} />;
}
