/**
 * SVG of the graph as drawn, written by hand from a Scene: what sigma displays after the
 * reducers, in viewport pixels (src/sigma/scene.ts reads it from sigma). Edges as <line>, nodes
 * as <circle> with their fill, the labels sigma shows as <text> in a CJK font family, in z order;
 * only what lies in the viewport (sigma clips the rest); then the figure's legend and caption
 * (figure.ts). Every text and attribute value is escaped. Pure.
 */

import { FIGURE_STYLE, type FigureLayout, type FigureText } from "./figure";

export interface SceneNode {
  key: string;
  x: number;
  y: number;
  /** radius in pixels */
  r: number;
  color: string;
  /** the label sigma shows for it, or null */
  label: string | null;
  z: number;
}

export interface SceneEdge {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  z: number;
}

export interface LabelStyle {
  font: string;
  size: number;
  weight: string;
  color: string;
}

export interface Scene {
  /** the graph's viewport, in CSS pixels */
  width: number;
  height: number;
  nodes: SceneNode[];
  edges: SceneEdge[];
  label: LabelStyle;
}

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
/** markup characters, and characters XML 1.0 cannot hold (dropped) */
const SPECIAL = /[&<>"']|[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text or attribute value, escaped for XML. */
export const escapeXml = (s: string): string => s.replace(SPECIAL, (c) => ESCAPES[c] ?? "");

const num = (n: number): string => String(Math.round(n * 100) / 100);

function attributes(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([k, v]) => ` ${k}="${typeof v === "number" ? num(v) : escapeXml(v)}"`)
    .join("");
}

const byZ = <T extends { z: number }>(items: readonly T[]): T[] => items.map((item, i) => ({ item, i })).sort((a, b) => a.item.z - b.item.z || a.i - b.i).map((x) => x.item);

/** The nodes and edges of a scene that lie (at least partly) in its viewport, in z order. */
export function sceneInView(scene: Scene): { nodes: SceneNode[]; edges: SceneEdge[] } {
  const { width: w, height: h } = scene;
  const nodes = scene.nodes.filter((n) => n.x + n.r >= 0 && n.x - n.r <= w && n.y + n.r >= 0 && n.y - n.r <= h);
  const edges = scene.edges.filter((e) => Math.max(e.x1, e.x2) >= 0 && Math.min(e.x1, e.x2) <= w && Math.max(e.y1, e.y2) >= 0 && Math.min(e.y1, e.y2) <= h);
  return { nodes: byZ(nodes), edges: byZ(edges) };
}

const texts = (figure: FigureLayout, role: FigureText["role"]): string[] =>
  figure.texts.filter((t) => t.role === role).map((t) => `<text${attributes({ x: t.x, y: t.y, "font-size": t.size, fill: t.color })}>${escapeXml(t.text)}</text>`);

export interface SvgMeta {
  /** <title>: the caption */
  title: string;
  /** <desc>: the provenance record, as text */
  description: string;
}

export function writeSvg(scene: Scene, figure: FigureLayout, meta: SvgMeta): string {
  const { nodes, edges } = sceneInView(scene);
  const { label } = scene;
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg"${attributes({ width: figure.width, height: figure.height, viewBox: `0 0 ${num(figure.width)} ${num(figure.height)}` })}>`,
    `<title>${escapeXml(meta.title)}</title>`,
    `<desc>${escapeXml(meta.description)}</desc>`,
    `<defs><clipPath id="graph-area"><rect${attributes({ x: 0, y: 0, width: scene.width, height: scene.height })}/></clipPath></defs>`,
    `<rect${attributes({ x: 0, y: 0, width: figure.width, height: figure.height, fill: FIGURE_STYLE.background })}/>`,
    `<g clip-path="url(#graph-area)">`,
    `<g class="edges" stroke-linecap="round">`,
    ...edges.map((e) => `<line${attributes({ "data-key": e.key, x1: e.x1, y1: e.y1, x2: e.x2, y2: e.y2, stroke: e.color, "stroke-width": e.width })}/>`),
    `</g>`,
    `<g class="nodes">`,
    ...nodes.map((n) => `<circle${attributes({ "data-key": n.key, cx: n.x, cy: n.y, r: n.r, fill: n.color })}/>`),
    `</g>`,
    `<g${attributes({ class: "labels", "font-family": label.font, "font-size": label.size, "font-weight": label.weight, fill: label.color })}>`,
    ...nodes.filter((n) => n.label).map((n) => `<text${attributes({ "data-key": n.key, x: n.x + n.r + 3, y: n.y + label.size / 3 })}>${escapeXml(n.label!)}</text>`),
    `</g>`,
    `</g>`,
    `<line${attributes({ x1: 0, y1: figure.graphHeight, x2: figure.width, y2: figure.graphHeight, stroke: FIGURE_STYLE.rule, "stroke-width": 1 })}/>`,
    `<g${attributes({ class: "legend", "font-family": FIGURE_STYLE.font })}>`,
    ...figure.swatches.map((s) => `<circle${attributes({ cx: s.x, cy: s.y, r: s.r, fill: s.color })}/>`),
    ...texts(figure, "legend"),
    `</g>`,
    `<g${attributes({ class: "caption", "font-family": FIGURE_STYLE.font })}>`,
    ...texts(figure, "caption"),
    `</g>`,
    `</svg>`,
  ];
  return `${out.join("\n")}\n`;
}
