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
