"use client";

import { useRef, useState } from "react";
import { resumeHash, type TCredentials } from "@/lib/survey/client/storage";
import { useMessages } from "./language";

/** "Later verder?": a link that continues this response in any browser (the key is in the #fragment). */
type TCopyState = "idle" | "copied" | "shared" | "select";

export function ResumeLink({ slug, credentials }: { slug: string; credentials: TCredentials }) {
  const [state, setState] = useState<TCopyState>("idle");
  const m = useMessages();
  const feedback: Record<TCopyState, string> = { idle: "", copied: m.linkCopied, shared: "", select: m.selectLink };
  const link = useRef<HTMLAnchorElement>(null);
  const href = `${typeof window === "undefined" ? "" : window.location.origin}/s/${slug}${resumeHash(credentials)}`;

  /** The link's text selected, ready for the phone's own copy menu. */
  const select = () => {
    const selection = window.getSelection();
    if (link.current && selection) {
      const range = document.createRange();
      range.selectNodeContents(link.current);
      selection.removeAllRanges();
      selection.addRange(range);
    }
    setState("select");
  };

  // The clipboard may be refused (permissions, an in-app browser): then the phone's share sheet,
  // and where there is none the selected link.
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(href);
      return setState("copied");
    } catch {
      // Falls through to sharing or selecting.
    }
    if (typeof navigator.share === "function") {
      try {
        await navigator.share({ title: m.resumeShareTitle, url: href });
        return setState("shared");
      } catch (error) {
        if ((error as Error).name === "AbortError") return setState("idle");
      }
    }
    select();
  };

  return (
    <details className="sv-resume">
      <summary>{m.resumeSummary}</summary>
      <p className="sv-help">{m.resumeHelp}</p>
      <p className="sv-resume-row">
        <a ref={link} href={href} className="sv-resume-link" data-testid="resume-link">
          {href}
        </a>
        <button type="button" className="btn btn-secondary btn-small" onClick={copy}>
          {state === "copied" ? m.copied : m.copyLink}
        </button>
      </p>
      <p className="sv-help" role="status">
        {feedback[state]}
      </p>
    </details>
  );
}
