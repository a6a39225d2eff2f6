"use client";

import { Component, type ReactNode } from "react";

type TProps = { title: string; children: ReactNode };

/**
 * Keeps one failing dashboard widget (its query threw) from taking down the page: the widget
 * shows a short notice, the other widgets and the page stay. The error itself is in the server log.
 */
export class WidgetBoundary extends Component<TProps, { hasError: boolean }> {
  state = { hasError: false };

  static getDerivedStateFromError() {
    return { hasError: true };
  }

  render() {
    if (!this.state.hasError) return this.props.children;
    return (
      <div role="alert" className="error" data-testid="widget-error">
        <p>
          {this.props.title} kon niet worden geladen. Vernieuw de pagina om het opnieuw te proberen; blijft het
          misgaan, meld het dan aan de beheerder.
        </p>
      </div>
    );
  }
}
