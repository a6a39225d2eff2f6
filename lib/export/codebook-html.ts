import type { TCodebook, TCodebookVariable } from "./codebook";

/** The codebook as one self-contained HTML page (no external CSS or scripts), in Dutch. */
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const TYPES: Record<string, string> = { numeric: "numeriek", string: "tekst", datetime: "datum/tijd" };
const LEVELS: Record<string, string> = { nominal: "nominaal", ordinal: "ordinaal", scale: "schaal" };

/** How older versions in the file worded the variable, or that they did not have it. */
function versionNotes(v: TCodebookVariable): string {
  if (!v.versions?.length) return "";
  const items = v.versions.map((w) => {
    const head = `versie ${w.version} (meting ${esc(w.wave)})`;
    if (w.absent) return `<li>${head}: niet in deze versie (leeg)</li>`;
    const label = w.label ? ` label: ${esc(w.label)}` : "";
    const question = w.question ? `${label ? ";" : ""} vraag: ${esc(w.question)}` : "";
    const values = w.valueLabels?.length
      ? `${label || question ? ";" : ""} waardelabels: ${w.valueLabels.map((l) => `<code>${l.value}</code> ${esc(l.label)}`).join(", ")}`
      : "";
    return `<li>${head}:${label}${question}${values}</li>`;
  });
  return `<div class="versions">Andere versies:<ul>${items.join("")}</ul></div>`;
}

export function codebookHtml(codebook: TCodebook, generatedAt: Date): string {
  const versions = codebook.versions.map((v) => `versie ${v.version} (meting ${esc(v.wave)})`).join(", ");
  const rows = codebook.variables
    .map((v) => {
      const values = v.valueLabels
        .map((l) => `<li><code>${l.value}</code> ${esc(l.label)}${v.missingValues.includes(l.value) ? " <em>(ontbrekend)</em>" : ""}</li>`)
        .join("");
      return `<tr id="${esc(v.name)}"><td><code>${esc(v.name)}</code></td><td>${esc(v.label)}${
        v.question && v.question !== v.label ? `<div class="q">${esc(v.question)}</div>` : ""
      }${v.note ? `<div class="note">${esc(v.note)}</div>` : ""}${versionNotes(v)}</td><td>${TYPES[v.type]}${
        v.width ? ` (${v.width})` : ""
      }</td><td>${LEVELS[v.level]}</td><td>${values ? `<ul>${values}</ul>` : ""}</td><td>${
        v.missingValues.map((m) => `<code>${m}</code>`).join(", ")
      }</td></tr>`;
    })
    .join("\n");
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Codeboek: ${esc(codebook.survey.title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a;line-height:1.4}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ccc;padding:.35rem .5rem;vertical-align:top;text-align:left}
th{background:#f1f1f1;position:sticky;top:0}ul{margin:0;padding-left:1rem}.q,.note,.versions{color:#555;font-size:.9em;margin-top:.25rem}
code{font-size:.95em}
</style></head><body>
<h1>Codeboek: ${esc(codebook.survey.title)}</h1>
<p>Gemaakt op ${esc(generatedAt.toISOString().slice(0, 16).replace("T", " "))} UTC uit ${versions}.
${codebook.variables.length} variabelen.</p>
<ul>
<li>Eén rij per antwoord (respondent); de kolomnamen zijn de variabelenamen hieronder.</li>
<li>Keuzevragen zijn genummerd 1..n in de volgorde van de antwoordopties.</li>
<li>Meerkeuze en kies-N (zoals een top 5): 1 = gekozen, 0 = niet gekozen op een beantwoorde pagina, leeg = pagina niet beantwoord of optie niet getoond.</li>
<li>Leeg = systeem-ontbrekend (niet beantwoord, of niet in de versie van de vragenlijst die de deelnemer invulde). Gebruiker-ontbrekende codes (zoals 0 = "niet van toepassing") staan in de kolom "Ontbrekend".</li>
<li>Tijdstippen als "JJJJ-MM-DD UU:MM:SS" in de tijd van ${esc(codebook.survey.timeZone)} (zomer- en wintertijd); ja/nee als 1/0.</li>
<li>CSV-bestanden: tekst die begint met =, +, -, @, een tab of een regeleinde krijgt een ' ervoor, zodat een spreadsheet hem niet als formule uitvoert. Het opgeslagen antwoord is ongewijzigd; getallen (ook negatieve) blijven getallen.</li>
</ul>
<table><thead><tr><th>Variabele</th><th>Label</th><th>Type</th><th>Meetniveau</th><th>Waardelabels</th><th>Ontbrekend</th></tr></thead>
<tbody>
${rows}
</tbody></table></body></html>
`;
}
