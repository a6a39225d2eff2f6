"use client";

import { useState } from "react";
import { useMessages } from "./language";

/**
 * A shared device (a school's tablet, a colleague's phone): the next person starts a response of
 * their own. The earlier response stays stored and can be continued with its own link only, so
 * the button asks once more before it forgets it in this browser.
 */
export function NewParticipant({ onStart, isFinished }: { onStart: () => void; isFinished: boolean }) {
  const [isAsking, setIsAsking] = useState(false);
  const m = useMessages();
  if (!isAsking) {
    return (
      <p className="sv-new">
        {!isFinished && <span>{m.continuing}</span>}
        <button type="button" className="btn btn-secondary btn-small" onClick={() => setIsAsking(true)}>
          {isFinished ? m.newParticipant : m.startAsNew}
        </button>
      </p>
    );
  }
  return (
    <div className="sv-new sv-notice sv-notice-warn" role="group" aria-label={m.newParticipant}>
      <p>
        {isFinished ? m.newAfterFinish : m.newMidway}
      </p>
      <p>
        <button type="button" className="btn btn-small" onClick={onStart}>
          {m.confirmNew}
        </button>{" "}
        <button type="button" className="btn btn-secondary btn-small" onClick={() => setIsAsking(false)}>
          {m.cancel}
        </button>
      </p>
    </div>
  );
}
