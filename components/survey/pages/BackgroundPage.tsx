"use client";

import { SingleChoiceQuestion } from "../fields/SingleChoiceQuestion";
import type { TPageProps } from "./types";

export function BackgroundPage({ def, form }: TPageProps) {
  return (
    <>
      {def.background.map((q) => (
        <SingleChoiceQuestion key={q.id} q={q} form={form} />
      ))}
    </>
  );
}
