"use client";

import { useState } from "react";

/**
 * A shared device (a school's tablet, a colleague's phone): the next person starts a response of
 * their own. The earlier response stays stored and can be continued with its own link only, so
 * the button asks once more before it forgets it in this browser.
 */
export function NewParticipant({ onStart, isFinished }: { onStart: () => void; isFinished: boolean }) {
  const [isAsking, setIsAsking] = useState(false);
  if (!isAsking) {
    return (
      <p className="sv-new">
        {!isFinished && <span>Je gaat verder waar je gebleven was. Ben jij iemand anders? </span>}
        <button type="button" className="btn btn-secondary btn-small" onClick={() => setIsAsking(true)}>
          {isFinished ? "Nieuwe deelnemer" : "Begin als nieuwe deelnemer"}
        </button>
      </p>
    );
  }
  return (
    <div className="sv-new sv-notice sv-notice-warn" role="group" aria-label="Nieuwe deelnemer">
      <p>
        {isFinished
          ? "De antwoorden hierboven zijn opgeslagen. De volgende deelnemer begint met een lege vragenlijst."
          : "De antwoorden tot nu toe blijven opgeslagen; wie ze gaf, kan alleen nog verder met de eigen link onder \"Later verder?\"."}
      </p>
      <p>
        <button type="button" className="btn btn-small" onClick={onStart}>
          Ja, begin een nieuwe vragenlijst
        </button>{" "}
        <button type="button" className="btn btn-secondary btn-small" onClick={() => setIsAsking(false)}>
          Annuleren
        </button>
      </p>
    </div>
  );
}
