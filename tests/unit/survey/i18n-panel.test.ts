import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { TranslationsPanel } from "@/components/editor/TranslationsPanel";
import type { TVersionInput } from "@/lib/survey/version/schema";

const def: TVersionInput = {
  format: 2, slug: "x", version: 1, title: "Titel", wave: "2026",
  pages: [{ id: "p1", title: "Pagina", elements: [{ type: "single", id: "q", text: "Vraag", options: [{ code: "a", label: "Antwoord A" }] }] }],
  end: { title: "Bedankt", body: "Klaar." },
  languages: ["nl", "en"],
  translations: { en: { title: "Title", "el.weg.text": "Gone" } },
};
const render = (d: TVersionInput) => renderToStaticMarkup(createElement(TranslationsPanel, { def: d, onChange: () => undefined }));

describe("TranslationsPanel", () => {
  it("shows every text beside its translation, marks and counts the missing ones, lists stale keys", () => {
    const html = render(def);
    expect(html).toContain("Nederlands");
    expect(html).toContain("English (en)");
    expect(html).toContain("5 ontbreken");
    expect(html).toContain("5 van 6 teksten nog niet vertaald");
    expect(html).toContain("Antwoord A");
    expect(html).toContain('value="Title"');
    expect(html.match(/ontbreekt</g)).toHaveLength(5);
    expect(html).toContain("<code>el.weg.text</code>");
  });

  it("renders a definition that is invalid mid-edit, and one language without a table", () => {
    const broken = { title: "", pages: [{ id: "p", elements: [null, { type: "single", id: "q" }] }], translations: "x" } as unknown as TVersionInput;
    expect(render(broken)).toContain("Talen en vertalingen");
    expect(render(broken)).not.toContain("<table");
  });
});
