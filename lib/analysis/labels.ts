import type { TStructure } from "@/lib/survey/engine/structure";

/**
 * Labels of pages and parts, from the version itself: a page by its title (pages sharing a title
 * by their first question's short label, or the title and the question), a part by its title.
 */
const MAX = 48;
const cut = (t: string) => (t.length > MAX ? `${t.slice(0, MAX - 1)}…` : t);

export function pageLabels(s: TStructure): Record<string, string> {
  const titles = s.pages.map((p) => p.title ?? p.id);
  return Object.fromEntries(
    s.pages.map((p, i) => {
      const title = titles[i];
      const isShared = titles.filter((t) => t === title).length > 1;
      if (!isShared) return [p.id, cut(title)];
      const q = p.elements.find((el) => "text" in el) as { label?: string; text?: string } | undefined;
      if (q?.label) return [p.id, cut(q.label)];
      return [p.id, cut(`${title}: ${q?.text ? s.lookup.plain(q.text) : p.id}`)];
    }),
  );
}

export function partLabels(s: TStructure): Record<string, string> {
  return Object.fromEntries((s.def.parts?.items ?? []).map((p) => [p.id, p.title]));
}

/**
 * A chart label broken into lines that fit `maxWidth` (as `measure` reports widths), on spaces
 * and slashes; a word longer than a line is split with a hyphen. Nothing is left out: the lines
 * joined are the label.
 */
export function wrapLabel(text: string, maxWidth: number, measure: (s: string) => number = (s) => s.length * 6.6): string[] {
  const words = text.split(/(?<=[\s/])/).map((w) => w.trimEnd()).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  const joined = (a: string, b: string) => (a === "" ? b : a.endsWith("/") ? `${a}${b}` : `${a} ${b}`);
  for (let word of words) {
    if (line && measure(joined(line, word)) <= maxWidth) {
      line = joined(line, word);
      continue;
    }
    if (line) lines.push(line);
    line = "";
    while (measure(word) > maxWidth && word.length > 1) {
      let cut = word.length - 1;
      while (cut > 1 && measure(`${word.slice(0, cut)}-`) > maxWidth) cut--;
      lines.push(`${word.slice(0, cut)}-`);
      word = word.slice(cut);
    }
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}
