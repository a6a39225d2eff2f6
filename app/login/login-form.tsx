"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { signInErrorMessage } from "@/lib/auth/rate-limit";
import { ZSignIn } from "@/lib/auth/sign-in-schema";
import styles from "./login.module.css";

export function LoginForm({ initialError, callbackUrl }: { initialError: string | null; callbackUrl: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState(initialError);
  const alertRef = useRef<HTMLParagraphElement>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(ZSignIn), defaultValues: { email: "", password: "" } });

  // Screen readers announce the alert; moving focus there also helps keyboard users.
  useEffect(() => {
    if (formError) alertRef.current?.focus();
  }, [formError]);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setFormError(signInErrorMessage(result?.error ?? "unknown"));
      return;
    }
    router.replace(callbackUrl);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className={styles.form} aria-describedby={formError ? "login-error" : undefined}>
      {formError && (
        <p id="login-error" role="alert" tabIndex={-1} ref={alertRef} className={styles.alert}>
          {formError}
        </p>
      )}
      <div className={styles.field}>
        <label htmlFor="email">E-mailadres</label>
        <input
          id="email"
          type="email"
          autoComplete="username"
          inputMode="email"
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "email-error" : undefined}
          {...register("email")}
        />
        {errors.email && (
          <p id="email-error" className={styles.fieldError}>
            {errors.email.message}
          </p>
        )}
      </div>
      <div className={styles.field}>
        <label htmlFor="password">Wachtwoord</label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? "password-error" : undefined}
          {...register("password")}
        />
        {errors.password && (
          <p id="password-error" className={styles.fieldError}>
            {errors.password.message}
          </p>
        )}
      </div>
      <button type="submit" className="btn" disabled={isSubmitting}>
        {isSubmitting ? "Bezig met aanmelden…" : "Aanmelden"}
      </button>
    </form>
  );
}
