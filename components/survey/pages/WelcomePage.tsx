"use client";

import { describedBy, errorId, FieldError } from "../fields/FieldError";
import { errorOf, type TPageProps } from "./types";

export function WelcomePage({ def, form }: TPageProps) {
  const error = errorOf(form, "consent");
  return (
    <>
      {def.welcome.paragraphs.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <h2>Privacy</h2>
      <p>{def.welcome.privacy}</p>
      <div className="sv-consent">
        <label htmlFor="consent" className="sv-option">
          <input
            id="consent"
            type="checkbox"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(error && errorId("consent"))}
            {...form.register("consent")}
          />
          <span className="sv-option-text">{def.welcome.consentLabel}</span>
        </label>
        <FieldError id={errorId("consent")} message={error} />
      </div>
    </>
  );
}
