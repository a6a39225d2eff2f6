"use client";

import { describedBy, errorId, FieldError } from "../fields/FieldError";
import { errorOf, type TPageProps } from "./types";

export function RafflePage({ def, form }: TPageProps) {
  const error = errorOf(form, "email");
  return (
    <>
      <p>{def.raffle.text}</p>
      <div className="sv-field">
        <label htmlFor="email">{def.raffle.emailLabel}</label>
        <input
          id="email"
          type="email"
          inputMode="email"
          autoComplete="email"
          maxLength={254}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy("email-help", error && errorId("email"))}
          {...form.register("email")}
        />
        <p id="email-help" className="sv-help">
          Laat het veld leeg als je niet mee wilt doen.
        </p>
        <FieldError id={errorId("email")} message={error} />
      </div>
    </>
  );
}
