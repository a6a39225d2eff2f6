"use client";

import { useState } from "react";
import { resumeHash, type TCredentials } from "@/lib/survey/client/storage";

/** "Later verder?": a link that continues this response in any browser (the key is in the #fragment). */
export function ResumeLink({ slug, credentials }: { slug: string; credentials: TCredentials }) {
  const [isCopied, setIsCopied] = useState(false);
  const href = `${typeof window === "undefined" ? "" : window.location.origin}/s/${slug}${resumeHash(credentials)}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(href);
      setIsCopied(true);
    } catch {
      setIsCopied(false);
    }
  };
  return (
    <details className="sv-resume">
      <summary>Later verder? Bewaar deze link</summary>
      <p className="sv-help">
        Met deze persoonlijke link ga je later verder waar je gebleven was, ook op een ander apparaat. Deel hem niet: wie de link
        heeft, kan je antwoorden zien en wijzigen.
      </p>
      <p className="sv-resume-row">
        <a href={href} className="sv-resume-link" data-testid="resume-link">
          {href}
        </a>
        <button type="button" className="btn btn-secondary btn-small" onClick={copy}>
          {isCopied ? "Gekopieerd" : "Kopieer link"}
        </button>
      </p>
    </details>
  );
}
