"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import styles from "./admin.module.css";

export function SignOutButton({ label }: { label: string }) {
  const router = useRouter();
  const [isBusy, setIsBusy] = useState(false);
  // redirect: false and a client navigation, so sign-out works whatever host name the browser used.
  const onClick = async () => {
    setIsBusy(true);
    await signOut({ redirect: false });
    router.replace("/login");
    router.refresh();
  };
  return (
    <button type="button" className={styles.signOut} onClick={onClick} disabled={isBusy}>
      {label}
    </button>
  );
}
