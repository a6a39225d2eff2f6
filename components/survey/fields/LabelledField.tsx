import type { ReactNode } from "react";
import { describedBy, errorId, FieldError, helpId } from "./FieldError";

/** A question with one labelled control (text, number, dropdown): label, help, the control, its error. */
export function LabelledField(props: { id: string; label: string; help?: string; error?: string; children: ReactNode }) {
  const { id, label, help, error, children } = props;
  return (
    <div className="sv-question sv-field">
      <label htmlFor={id} className="sv-legend">
        {label}
      </label>
      {help && (
        <p id={helpId(id)} className="sv-help">
          {help}
        </p>
      )}
      {children}
      <FieldError id={errorId(id)} message={error} />
    </div>
  );
}

/** The control's accessibility attributes that point at its help and error texts. */
export const fieldAria = (id: string, help: string | undefined, error: string | undefined) => ({
  "aria-invalid": error ? true : undefined,
  "aria-describedby": describedBy(help && helpId(id), error && errorId(id)),
});
