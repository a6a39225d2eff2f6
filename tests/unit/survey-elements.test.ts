import { createElement, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { ElementView, ELEMENT_COMPONENTS } from "@/components/survey/elements";
import { ELEMENT_TYPES, type TElement } from "@/lib/survey/elements/registry";
import type { TAnswers, TFormValues } from "@/lib/survey/elements/types";
import { context } from "@/lib/survey/engine/flow";
import { ZVersionDef } from "@/lib/survey/version/schema";

/** Every element type renders through the one map, with its texts piped and its accessible names. */
const def = ZVersionDef.parse({
  format: 2, slug: "proef", version: 1, title: "Proef", wave: "2026",
  scales: [{ id: "s10", min: 0, max: 10, labels: [{ value: 0, label: "Helemaal niet" }, { value: 10, label: "Heel sterk" }] }],
  lists: [{ id: "kleuren", label: "Kleuren", options: [{ code: "rood", label: "Rood" }, { code: "groen", label: "Groen" }, { code: "blauw", label: "Blauw" }] }],
  pages: [{
    id: "p", title: "Alles",
    elements: [
      { type: "info", id: "uitleg", title: "Over {{kleur}}", paragraphs: ["Je koos {{kleur}}."] },
      { type: "consent", id: "ok", text: "Ik doe mee" },
      { type: "single", id: "kleur", text: "Welke kleur?", list: "kleuren" },
      { type: "single", id: "land", text: "Welk land?", display: "dropdown", options: [{ code: "nl", label: "Nederland" }, { code: "x", label: "Anders, namelijk", isOther: true }], otherText: "land_anders" },
      { type: "multi", id: "dingen", text: "Wat nog meer dan {{kleur}}?", options: [{ code: "a", label: "Appel" }, { code: "geen", label: "Geen", isExclusive: true }] },
      { type: "pickn", id: "twee", text: "Kies er twee", list: "kleuren", count: 2 },
      { type: "ranking", id: "volgorde", text: "Zet in volgorde", list: "kleuren" },
      { type: "slider", id: "cijfer", text: "Hoe sterk?", scale: "s10" },
      { type: "sliders", id: "st", text: "Stellingen", scale: "s10", items: [{ id: "een", text: "Stelling een" }, { id: "twee", text: "Stelling twee" }] },
      { type: "grid", id: "g", text: "Hoeveel door {{kleur}}?", list: "kleuren", scale: "s10" },
      { type: "text", id: "opm", text: "Opmerkingen", isMultiline: true },
      { type: "number", id: "jaren", text: "Hoeveel jaar?", min: 0, max: 60 },
      { type: "email", id: "email", text: "E-mailadres" },
    ],
  }],
  end: { title: "Bedankt", body: "Klaar." },
});

function render(el: TElement, answers: TAnswers = { kleur: "groen" }, values: TFormValues = {}): string {
  const ctx = context(def, { answers });
  function Harness() {
    const form = useForm<TFormValues>({ defaultValues: values });
    return createElement(ElementView, { el, form, ctx });
  }
  return renderToStaticMarkup(createElement(Harness));
}

const el = (id: string) => def.pages[0].elements.find((e) => e.id === id)!;

describe("element components", () => {
  it("has a component for every element type of the registry", () => {
    expect(Object.keys(ELEMENT_COMPONENTS).sort()).toEqual(ELEMENT_TYPES.map((t) => t.type).sort());
    for (const e of def.pages[0].elements) expect(render(e)).not.toBe("");
  });

  it("pipes earlier answers into texts", () => {
    expect(render(el("uitleg"))).toContain("Je koos groen.");
    expect(render(el("g"))).toContain("Hoeveel door groen?");
    expect(render(el("dingen"))).toContain("Wat nog meer dan groen?");
  });

  it("single: radios, or a labelled dropdown", () => {
    expect(render(el("kleur")).match(/type="radio"/g)).toHaveLength(3);
    const dropdown = render(el("land"));
    expect(dropdown).toMatch(/<label for="land"[^>]*>Welk land\?<\/label>/);
    expect(dropdown).toContain("<select id=\"land\"");
    expect(dropdown).toContain(">Nederland</option>");
  });

  it("pick N counts the choices live", () => {
    expect(render(el("twee"), {}, { twee: ["rood"] })).toContain("1 van 2 gekozen");
  });

  it("ranking: named up/down buttons per option, the first cannot go up, the order shown needs confirming", () => {
    const html = render(el("volgorde"));
    expect(html).toContain("Rood hoger");
    expect(html).toContain("Blauw lager");
    expect(html).toMatch(/id="volgorde-rood-up"[^>]*disabled/);
    expect(html).toContain("Deze volgorde klopt");
    const ranked = render(el("volgorde"), {}, { volgorde: ["blauw", "rood", "groen"] });
    expect(ranked.indexOf("Blauw")).toBeLessThan(ranked.indexOf("Rood"));
    expect(ranked).not.toContain("Deze volgorde klopt");
  });

  it("sliders start untouched and can be cleared", () => {
    const html = render(el("st"));
    expect(html.match(/type="range"/g)).toHaveLength(2);
    expect(html).toContain('aria-valuetext="Nog niet gekozen"');
    expect(html).toContain("Wis<span class=\"visually-hidden\"> antwoord bij: Stelling een");
  });

  it("grid: one fieldset per row with the scale's options", () => {
    const html = render(el("g"));
    expect(html.match(/<fieldset class="sv-scale-row"/g)).toHaveLength(3);
    expect(html.match(/type="radio"/g)).toHaveLength(33);
  });

  it("text, number and e-mail fields are labelled", () => {
    expect(render(el("opm"))).toMatch(/<label for="opm"[^>]*>Opmerkingen<\/label>.*<textarea/);
    expect(render(el("jaren"))).toMatch(/type="number"[^>]*min="0" max="60"|min="0" max="60"[^>]*type="number"/);
    expect(render(el("email"))).toMatch(/<label for="email">E-mailadres<\/label>/);
  });
});

describe("an untouched multiple choice", () => {
  it("is an empty list, a valid answer where none is required (not a missing field)", async () => {
    const { pageSchema } = await import("@/lib/survey/engine/flow");
    const optional = ZVersionDef.parse({
      ...JSON.parse(JSON.stringify(def)),
      pages: [{ id: "p", elements: [{ type: "multi", id: "dingen", text: "Wat nog meer?", isRequired: false, options: [{ code: "a", label: "Appel" }] }] }],
    });
    let submitted: TFormValues | undefined;
    function Harness() {
      const form = useForm<TFormValues>();
      // Rendered after the element: what the form would submit once the element is on screen.
      const Probe = () => ((submitted = { ...form.control._formValues }), null);
      return createElement(Fragment, null,
        createElement(ElementView, { el: optional.pages[0].elements[0], form, ctx: context(optional, { answers: {} }) }),
        createElement(Probe));
    }
    renderToStaticMarkup(createElement(Harness));
    expect(submitted).toEqual({ dingen: [] });
    expect(pageSchema(optional, "p", { answers: {} }).safeParse(submitted).success).toBe(true);
  });
});

describe("the surveys' own version files", () => {
  it("render every page of every version through the page view", async () => {
    const { surveyConfigs, surveyVersions } = await import("@/lib/survey/config");
    const { PageView } = await import("@/components/survey/PageView");
    const { allPages, pageElements } = await import("@/lib/survey/engine/flow");
    const { structure } = await import("@/lib/survey/engine/structure");
    let rendered = 0;
    for (const { folder, config } of surveyConfigs()) {
      for (const version of surveyVersions(folder, config)) {
        for (const pageId of allPages(version)) {
          const title = structure(version).page(pageId)?.title ?? version.title;
          const r = { answers: {}, order: {} };
          function Harness() {
            const form = useForm<TFormValues>();
            return createElement(PageView, {
              def: version, pageId, title, elements: pageElements(version, pageId, r), form, ctx: context(version, r), offer: [],
            });
          }
          expect(() => renderToStaticMarkup(createElement(Harness)), `${config.slug} v${version.version} ${pageId}`).not.toThrow();
          rendered++;
        }
      }
    }
    expect(rendered).toBeGreaterThan(10);
  });
});
