"use client";

import type { UseFormRegister } from "react-hook-form";
import { useMessages } from "../language";
import { describedBy, errorId, FieldError } from "./FieldError";

/** The "anders, namelijk" text field, shown under its option once that option is chosen. */
export function OtherText({ name, register, error }: { name: string; register: UseFormRegister<Record<string, unknown>>; error?: string }) {
  const m = useMessages();
  return (
    <div className="sv-other-text">
      <label htmlFor={name}>{m.namely}</label>
      <input
        id={name}
        type="text"
        maxLength={1000}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && errorId(name))}
        {...register(name)}
      />
      <FieldError id={errorId(name)} message={error} />
    </div>
  );
}
