import { describe, expect, it } from "vitest";
import { ELEMENT_TYPES } from "@/lib/survey/elements/registry";
import {
  addElement, addPage, draftIssues, getAt, issuesUnder, moveAt, moveElement, setAt, takenIds, uniqueId, type TDraftDef,
} from "@/lib/survey/editor/tree";
import {
  editorSchemas, fieldKind, fieldLabel, FIELD_LABELS, FIELD_LABELS_EN, settingsOf, typeLabel, TYPE_LABELS, TYPE_LABELS_EN, VALUE_LABELS, VALUE_LABELS_EN,
  resolve, valueLabel,
} from "@/lib/survey/editor/schema-form";
import { ZVersionDef } from "@/lib/survey/version/schema";

const target = { slug: "nieuw", version: 1 };
const blank = (): TDraftDef => ({
  format: 2, title: "Nieuw", wave: "2026",
  pages: [{ id: "p1", title: "Pagina 1", elements: [] }],
  end: { title: "Bedankt", body: "Dank je." },
});

describe("editor tree", () => {
  it("sets, removes and moves by path without changing the original", () => {
    const def = blank();
    const next = setAt(def, ["pages", 0, "title"], "Over jou");
    expect(getAt(next, ["pages", 0, "title"])).toBe("Over jou");
    expect(getAt(def, ["pages", 0, "title"])).toBe("Pagina 1");
    expect(getAt(setAt(next, ["pages", 0, "title"], undefined), ["pages", 0])).toEqual({ id: "p1", elements: [] });
    const three = { list: [1, 2, 3] };
    expect(moveAt(three, ["list"], 0, 2)).toEqual({ list: [2, 3, 1] });
    expect(moveAt(three, ["list"], 2, -5)).toEqual({ list: [3, 1, 2] });
    expect(three).toEqual({ list: [1, 2, 3] });
  });

  it("moves an element within a page and to another page", () => {
    let def = addPage(blank()).def;
    for (const type of ["text", "number", "email"]) def = addElement(def, type, 0).def;
    const ids = (d: TDraftDef, p: number) => (getAt(d, ["pages", p, "elements"]) as { id: string }[]).map((e) => e.id);
    expect(ids(def, 0)).toEqual(["vraag", "vraag_2", "vraag_3"]);
    expect(ids(moveElement(def, { page: 0, index: 0 }, { page: 0, index: 3 }), 0)).toEqual(["vraag_2", "vraag_3", "vraag"]);
    const moved = moveElement(def, { page: 0, index: 1 }, { page: 1, index: 0 });
    expect(ids(moved, 0)).toEqual(["vraag", "vraag_3"]);
    expect(ids(moved, 1)).toEqual(["vraag_2"]);
  });

  it("adds every element type from its blank as a valid element, with a scale where one is needed", () => {
    let def = blank();
    for (const t of ELEMENT_TYPES) def = addElement(def, t.type, 0).def;
    expect(draftIssues(def, target)).toEqual([]);
    expect((getAt(def, ["scales"]) as unknown[]).length).toBe(1);
    const parsed = ZVersionDef.parse({ ...def, ...target });
    expect(parsed.pages[0].elements.map((e) => e.type)).toEqual(ELEMENT_TYPES.map((t) => t.type));
    expect(new Set(takenIds(def)).size).toBeGreaterThan(ELEMENT_TYPES.length);
  });

  it("names the field that is wrong, with the server's messages", () => {
    let def = addElement(blank(), "single", 0).def;
    def = setAt(def, ["pages", 0, "elements", 0, "text"], "");
    def = setAt(def, ["pages", 0, "elements", 0, "options", 1, "code"], "Optie 2");
    const issues = draftIssues(def, target);
    expect(issues.map((i) => i.key).sort()).toEqual(["pages.0.elements.0.options.1.code", "pages.0.elements.0.text"]);
    expect(issues.find((i) => i.key.endsWith("text"))?.message).toBe("Vul een tekst in.");
    expect(issuesUnder(issues, ["pages", 0]).length).toBe(2);
    expect(issuesUnder(issues, ["pages", 1]).length).toBe(0);
  });

  it("makes IDs unique", () => {
    expect(uniqueId("vraag", ["vraag", "vraag_2"])).toBe("vraag_3");
    expect(uniqueId("p", [])).toBe("p");
  });
});

describe("editor forms from the schemas", () => {
  const { version, elements } = editorSchemas();

  it("has an editor for every setting of every element type, and a Dutch name for each", () => {
    for (const t of ELEMENT_TYPES) {
      const schema = elements.get(t.type)!;
      expect(TYPE_LABELS[t.type], t.type).toBeTruthy();
      for (const { key, schema: s } of settingsOf(schema, schema)) {
        expect(FIELD_LABELS[key], `${t.type}.${key}`).toBeTruthy();
        const kind = fieldKind(key, s, schema);
        expect(kind, `${t.type}.${key}`).not.toBe("json");
        const r = resolve(s, schema);
        for (const v of r.enum ?? []) expect(VALUE_LABELS[String(v)], `${t.type}.${key}=${v}`).toBeTruthy();
      }
    }
  });

  it("has an English name for every setting, value and type that has a Dutch one, and uses it in English", () => {
    for (const [dutch, english] of [[FIELD_LABELS, FIELD_LABELS_EN], [VALUE_LABELS, VALUE_LABELS_EN], [TYPE_LABELS, TYPE_LABELS_EN]]) {
      expect(Object.keys(english).sort()).toEqual(Object.keys(dutch).sort());
      for (const [key, text] of Object.entries(english)) {
        expect(text.trim(), key).not.toBe("");
        if (!["labels", "min", "max", "code"].includes(key)) expect(text, key).not.toBe(dutch[key]);
      }
    }
    for (const t of ELEMENT_TYPES) {
      const schema = elements.get(t.type)!;
      expect(typeLabel(t.type, "en"), t.type).toBe(TYPE_LABELS_EN[t.type]);
      for (const { key } of settingsOf(schema, schema)) expect(FIELD_LABELS_EN[key], `${t.type}.${key}`).toBeTruthy();
    }
    expect(fieldLabel("isRequired", [], "en")).toBe("Required");
    expect(fieldLabel("isRequired")).toBe("Verplicht");
    expect(valueLabel("dropdown", "en")).toBe("Dropdown list");
    expect(typeLabel("single")).toBe("Eén antwoord");
  });

  it("reads the version's own settings: references, texts and lists", () => {
    const keys = Object.fromEntries(settingsOf(version, version).map((s) => [s.key, fieldKind(s.key, s.schema, version)]));
    expect(keys).toMatchObject({ title: "text", wave: "text", scales: "objects", lists: "objects", orders: "objects", pages: "objects", end: "object" });
    const single = elements.get("single")!;
    const of = (k: string) => fieldKind(k, settingsOf(single, single).find((s) => s.key === k)!.schema, single);
    expect([of("id"), of("text"), of("list"), of("randomize"), of("showIf"), of("options"), of("display"), of("isRequired")])
      .toEqual(["id", "longtext", "listRef", "orderRef", "condition", "objects", "enum", "boolean"]);
  });
});

describe("preview from the page being edited", () => {
  it("shows a page a condition hides, and leaves other drafts as they are", async () => {
    const { previewFrom, previewIo } = await import("@/lib/survey/client/preview");
    let draft = addElement(blank(), "single", 0).def;
    draft = addPage(draft).def;
    draft = setAt(draft, ["pages", 1, "showIf"], { var: "vraag", equals: "optie_1" });
    draft = addElement(draft, "text", 1).def;
    const def = ZVersionDef.parse({ ...draft, ...target });
    expect(previewFrom(def, "p1")).toBe(def);
    const shown = previewFrom(def, "pagina_2");
    expect(shown.pages[1].showIf).toBeUndefined();
    expect(def.pages[1].showIf).toEqual({ var: "vraag", equals: "optie_1" });
    // The session starts on that page.
    const io = previewIo(shown, 1, { slug: "nieuw", page: "pagina_2" });
    const stored = JSON.parse(io.storage()!.getItem("enquete:nieuw")!);
    const state = await (await io.fetch(`/api/s/nieuw/responses/${stored.responseId}`)).json();
    expect(state.currentPage).toBe("pagina_2");
  });
});

describe("new items from the schema", () => {
  it("makes parts that only need their pages assigned, and scales and lists that are valid at once", async () => {
    const { blankItem } = await import("@/lib/survey/editor/schema-form");
    const { version } = editorSchemas();
    const taken = new Set<string>();
    const unique = (b: string) => { const id = uniqueId(b, taken); taken.add(id); return id; };
    const prop = (k: string) => resolve(version.properties![k], version);
    let def = addElement(blank(), "text", 0).def;
    const parts = blankItem(prop("parts"), version, unique);
    expect(parts).toMatchObject({ mode: "sequential", items: [{ id: expect.any(String), title: "Nieuwe tekst", description: "Nieuwe tekst" }], choice: { text: "Nieuwe tekst" } });
    def = setAt(def, ["parts"], parts as never);
    def = setAt(def, ["pages", 0, "part"], (parts.items as { id: string }[])[0].id);
    def = setAt(def, ["scales"], [blankItem(resolve(prop("scales").items!, version), version, unique)] as never);
    def = setAt(def, ["lists"], [blankItem(resolve(prop("lists").items!, version), version, unique)] as never);
    expect(draftIssues(def, target)).toEqual([]);
  });
});

describe("names of settings", () => {
  it("names a label and items by what they belong to", async () => {
    const { fieldLabel } = await import("@/lib/survey/editor/schema-form");
    expect(fieldLabel("label", ["code", "label"])).toBe("Tekst");
    expect(fieldLabel("label", ["id", "text", "label"])).toBe("Korte naam in exports");
    expect(fieldLabel("label", ["id", "label", "groups"])).toBe("Naam");
    expect(fieldLabel("items", ["mode", "items", "choice"])).toBe("Delen");
    expect(fieldLabel("items", ["id", "text", "scale", "items"])).toBe("Stellingen");
    expect(fieldLabel("label", ["code", "label"], "en")).toBe("Text");
    expect(fieldLabel("label", ["id", "text", "label"], "en")).toBe("Short name in exports");
    expect(fieldLabel("label", ["id", "label", "groups"], "en")).toBe("Name");
    expect(fieldLabel("items", ["mode", "items", "choice"], "en")).toBe("Parts");
    expect(fieldLabel("items", ["id", "text", "scale", "items"], "en")).toBe("Statements");
  });
});
