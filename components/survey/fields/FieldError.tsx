"use client";

import { useTranslatedMessage } from "../language";

/** A field's error message (in the respondent's language); its id is what the field's aria-describedby points at. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  const text = useTranslatedMessage(message);
  if (!text) return null;
  return (
    <p id={id} className="sv-error" role="alert">
      {text}
    </p>
  );
}

export const errorId = (name: string) => `${name}-error`;
export const helpId = (name: string) => `${name}-help`;

/** Joins the ids of the help and error texts that describe a field (undefined when none). */
export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const s = ids.filter(Boolean).join(" ");
  return s || undefined;
}
