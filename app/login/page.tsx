import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { currentUser } from "@/lib/auth/guard";
import { signInErrorMessage } from "@/lib/auth/rate-limit";
import { LoginForm } from "./login-form";
import styles from "./login.module.css";

export const metadata: Metadata = { title: "Aanmelden" };

type TProps = { searchParams: Promise<{ error?: string | string[]; callbackUrl?: string | string[] }> };

export default async function LoginPage({ searchParams }: TProps) {
  const { error, callbackUrl } = await searchParams;
  const next = safeCallbackUrl(typeof callbackUrl === "string" ? callbackUrl : null);
  if (await currentUser()) redirect(next);
  return (
    <main className={styles.page}>
      <div className={styles.card}>
        <p className={styles.brand}>Enquête</p>
        <h1 className={styles.title}>Aanmelden</h1>
        <p className="muted">Voor onderzoekers: meld je aan met je e-mailadres en wachtwoord.</p>
        <LoginForm initialError={signInErrorMessage(typeof error === "string" ? error : null)} callbackUrl={next} />
      </div>
    </main>
  );
}
