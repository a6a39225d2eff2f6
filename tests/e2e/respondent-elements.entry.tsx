import { useState } from "react";
import { createRoot } from "react-dom/client";
import { PageForm } from "@/components/survey/PageForm";
import { ZVersionDef } from "@/lib/survey/version/schema";

/**
 * Every element type on one page, in the questionnaire's own page form (the engine's page schema
 * as resolver); bundled and loaded by respondent-elements.spec.ts. A valid submit writes the
 * values the browser would send into #out.
 */
const def = ZVersionDef.parse({
  format: 2, slug: "proef", version: 1, title: "Proef", wave: "2026",
  scales: [{ id: "s10", min: 0, max: 10, labels: [{ value: 0, label: "Helemaal niet" }, { value: 10, label: "Heel sterk" }] }],
  lists: [{ id: "kleuren", label: "Kleuren", options: [{ code: "rood", label: "Rood" }, { code: "groen", label: "Groen" }, { code: "blauw", label: "Blauw" }] }],
  pages: [{
    id: "p", title: "Alle soorten vragen",
    elements: [
      { type: "info", id: "uitleg", title: "Over je keuze", paragraphs: ["Je koos eerder {{kleur}}."] },
      { type: "consent", id: "ok", text: "Ik doe mee" },
      { type: "single", id: "land", text: "Welk land?", display: "dropdown", options: [{ code: "nl", label: "Nederland" }, { code: "x", label: "Anders, namelijk", isOther: true }], otherText: "land_anders" },
      { type: "text", id: "stad", text: "In welke plaats in {{land}}?", isRequired: true, showIf: { var: "land", equals: "nl" } },
      { type: "multi", id: "dingen", text: "Wat nog meer dan {{kleur}}?", options: [{ code: "appel", label: "Appel" }, { code: "peer", label: "Peer" }, { code: "geen", label: "Geen van deze", isExclusive: true }] },
      { type: "pickn", id: "twee", text: "Kies er twee", list: "kleuren", count: 2 },
      { type: "ranking", id: "volgorde", text: "Zet de kleuren in volgorde", list: "kleuren" },
      { type: "slider", id: "cijfer", text: "Hoe sterk?", scale: "s10" },
      { type: "sliders", id: "st", text: "Stellingen", scale: "s10", items: [{ id: "een", text: "Stelling een" }, { id: "twee", text: "Stelling twee" }] },
      { type: "grid", id: "g", text: "Hoeveel door {{kleur}}?", list: "kleuren", scale: "s10" },
      { type: "text", id: "opm", text: "Opmerkingen", isMultiline: true },
      { type: "number", id: "jaren", text: "Hoeveel jaar?", min: 0, max: 60 },
      { type: "email", id: "email", text: "E-mailadres" },
    ],
  }, { id: "kleur_page", elements: [{ type: "single", id: "kleur", text: "Welke kleur?", list: "kleuren" }] }],
  end: { title: "Bedankt", body: "Klaar." },
});
const respondent = { answers: { kleur: "groen" }, order: {} };

function Demo() {
  const [out, setOut] = useState("");
  return (
    <main className="container sv-main">
      <PageForm
        def={def}
        respondent={respondent}
        page="p"
        pages={["kleur_page", "p", "done"]}
        defaultValues={{}}
        saveStatus="idle"
        onSubmit={async (values) => (setOut(JSON.stringify(values)), { ok: true })}
        onBack={() => {}}
        onDraft={() => {}}
        onConflict={() => {}}
        isFirstPage
      />
      <pre id="out">{out}</pre>
    </main>
  );
}

createRoot(document.getElementById("root")!).render(<Demo />);
