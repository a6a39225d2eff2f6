import type { TStructure } from "@/lib/survey/engine/structure";

/**
 * Labels of pages and parts, from the version itself: a page by its title (pages sharing a title
 * by their first question's short label, or the title and the question), a part by its title.
 */
export function pageLabels(s: TStructure): Record<string, string> {
  const titles = s.pages.map((p) => p.title ?? p.id);
  return Object.fromEntries(
    s.pages.map((p, i) => {
      const title = titles[i];
      const isShared = titles.filter((t) => t === title).length > 1;
      if (!isShared) return [p.id, title];
      const q = p.elements.find((el) => "text" in el) as { label?: string; text?: string } | undefined;
      if (q?.label) return [p.id, q.label];
      const what = q?.text ? s.lookup.plain(q.text) : p.id;
      return [p.id, `${title}: ${what.length > 50 ? `${what.slice(0, 49)}…` : what}`];
    }),
  );
}

export function partLabels(s: TStructure): Record<string, string> {
  return Object.fromEntries((s.def.parts?.items ?? []).map((p) => [p.id, p.title]));
}
