"use client";

import { Component, type ReactNode } from "react";
import { pick, type TAdminLang } from "@/lib/i18n/admin";
import { DASHBOARD } from "@/lib/i18n/admin/dashboard";
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
        <p>{pick(DASHBOARD, this.props.lang).widgetFailed(this.props.title)}</p>
      </div>
    );
  }
}

/** The boundary in the admin interface's language (Dutch outside the admin, e.g. the shared view). */
export function WidgetBoundary({ title, children }: TProps) {
  return <Boundary title={title} lang={useAdminLang()}>{children}</Boundary>;
}
