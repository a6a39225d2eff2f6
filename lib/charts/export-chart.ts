import { wrapLabel } from "@/lib/analysis/labels";

/**
 * Chart downloads, in the browser: the chart's own SVG with its card's title, base line, warning
 * and legend drawn around it, so the file stands alone; PNG is that SVG drawn on a canvas at 2x.
 * Loaded only when a download button is pressed (components/dashboard/ChartExport.tsx).
 */
const SVG_NS = "http://www.w3.org/2000/svg";
const PAD = 16;
const TITLE = { size: 16, line: 20, weight: "bold" };
const BODY = { size: 12, line: 16, weight: "normal" };
const LEGEND_ROW = 20;

export type TLegendItem = { label: string; color: string };
export type TCardTexts = { title: string; lines: string[]; legend: TLegendItem[] };

const clean = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

/** The chart's own SVG in a card (not a legend icon, which recharts also draws as svg). */
export function chartSvg(card: Element): SVGSVGElement | null {
  return card.querySelector<SVGSVGElement>(".recharts-wrapper > svg.recharts-surface") ?? card.querySelector<SVGSVGElement>("svg");
}

/** What the card says about its chart: title, base line (N, waves, filters), warning, legend. */
export function readCard(card: Element): TCardTexts {
  const title = clean(card.querySelector("h3")?.textContent);
  const lines = [...card.querySelectorAll('[data-testid="figure-base"], [role="note"]')].map((el) => clean(el.textContent)).filter(Boolean);
  const legend = [...card.querySelectorAll(".recharts-legend-item")].map((item) => {
    const shape = item.querySelector("path, rect, line");
    const fill = shape?.getAttribute("fill");
    const color = fill && fill !== "none" ? fill : (shape?.getAttribute("stroke") ?? "#333");
    return { label: clean(item.querySelector(".recharts-legend-item-text")?.textContent ?? item.textContent), color };
  });
  return { title, lines, legend };
}

function measurer(fontFamily: string, style: typeof TITLE): (s: string) => number {
  const ctx = document.createElement("canvas").getContext("2d");
  if (!ctx) return (s) => s.length * style.size * 0.55;
  ctx.font = `${style.weight} ${style.size}px ${fontFamily}`;
  return (s) => ctx.measureText(s).width;
}

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A standalone SVG document: header texts, the chart (cloned), the legend, on white. */
export function standaloneSvg(chart: SVGSVGElement, texts: TCardTexts, fontFamily: string): { svg: string; width: number; height: number } {
  const box = chart.getBoundingClientRect();
  const chartWidth = Math.round(Number(chart.getAttribute("width")) || box.width);
  // recharts keeps room at the bottom for its HTML legend; the legend is drawn below instead.
  const legendHeight = chart.parentElement?.querySelector(".recharts-legend-wrapper")?.getBoundingClientRect().height ?? 0;
  const chartHeight = Math.round((Number(chart.getAttribute("height")) || box.height) - legendHeight);
  const width = chartWidth + 2 * PAD;
  const inner = width - 2 * PAD;
  const titleLines = texts.title ? wrapLabel(texts.title, inner, measurer(fontFamily, TITLE)) : [];
  const bodyLines = texts.lines.flatMap((l) => wrapLabel(l, inner, measurer(fontFamily, BODY)));

  const measureBody = measurer(fontFamily, BODY);
  const legendRows: { x: number; item: TLegendItem }[][] = [];
  let x = inner + 1;
  for (const item of texts.legend) {
    const w = 18 + measureBody(item.label) + 16;
    if (x + w > inner && x > 0) {
      legendRows.push([]);
      x = 0;
    }
    legendRows.at(-1)!.push({ x, item });
    x += w;
  }

  const root = el("svg", { xmlns: SVG_NS, width, height: 0, viewBox: "", "font-family": fontFamily, "font-size": BODY.size });
  root.append(el("rect", { x: 0, y: 0, width: "100%", height: "100%", fill: "#ffffff" }));
  let y = PAD;
  for (const line of titleLines) root.append(el("text", { x: PAD, y: (y += TITLE.line) - 5, "font-size": TITLE.size, "font-weight": "bold", fill: "#111" }, line));
  for (const line of bodyLines) root.append(el("text", { x: PAD, y: (y += BODY.line) - 4, fill: "#444" }, line));
  y += 8;

  const clone = chart.cloneNode(true) as SVGSVGElement;
  clone.removeAttribute("style");
  clone.removeAttribute("class");
  for (const [k, v] of Object.entries({ x: PAD, y, width: chartWidth, height: chartHeight, viewBox: `0 0 ${chartWidth} ${chartHeight}` })) clone.setAttribute(k, String(v));
  root.append(clone);
  y += chartHeight;

  for (const row of legendRows) {
    y += LEGEND_ROW;
    for (const { x: lx, item } of row) {
      root.append(el("rect", { x: PAD + lx, y: y - 11, width: 12, height: 12, fill: item.color }));
      root.append(el("text", { x: PAD + lx + 18, y: y, fill: "#333" }, item.label));
    }
  }
  const height = Math.ceil(y + PAD);
  root.setAttribute("height", String(height));
  root.setAttribute("viewBox", `0 0 ${width} ${height}`);
  return { svg: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`, width, height };
}

async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement("canvas");
  canvas.width = width * scale;
  canvas.height = height * scale;
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("no canvas");
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, width, height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("no png"))), "image/png"));
}

function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the chart of `card` as `<name>.svg` or `<name>.png`. */
export async function exportChart(card: Element, format: "svg" | "png", name: string): Promise<void> {
  const chart = chartSvg(card);
  if (!chart) throw new Error("no chart");
  const { svg, width, height } = standaloneSvg(chart, readCard(card), getComputedStyle(document.body).fontFamily);
  if (format === "svg") return download(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }), `${name}.svg`);
  download(await svgToPng(svg, width, height), `${name}.png`);
}
