"use client";

import { ChoiceList } from "../fields/ChoiceList";
import { errorOf, type TPageProps } from "./types";

export function ChoicePage({ def, form }: TPageProps) {
  const options = def.parts.map((p) => ({
    code: p.id,
    label: `${p.title} (ongeveer ${p.estimatedMinutes} minuten)`,
    help: p.description,
  }));
  return (
    <ChoiceList
      control={form.control}
      name="part_choice"
      legend="Welk deel wil je invullen?"
      help={def.partChoice.text}
      options={options}
      error={errorOf(form, "part_choice")}
    />
  );
}
