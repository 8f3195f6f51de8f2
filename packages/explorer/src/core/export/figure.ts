/**
 * The figure around the graph in PNG and SVG exports: a legend (a coloured disc and a name with
 * a count per node kind drawn; in diff mode a row per status; the highlighted path; names in the
 * UI language) and the caption line, in a band under the graph. figureLayout places them for a
 * width, given a way to measure text (canvas measureText in the browser), so PNG and SVG draw
 * the same figure. Pure but for the default locale.
 */

import { DISPLAY_KINDS, KIND_COLORS, kindName, type DisplayKind } from "../appearance/palette";
import { DIFF_COLORS, diffName, PATH_COLOR } from "../appearance/view-marks";
import { DIFF_STATUSES, type DiffStatus } from "../diff/diff";
import type { Dataset } from "../data/dataset";
import { CAPTION_SEPARATOR } from "./caption";
import { localeAtom, translate, type Locale } from "../i18n";

const entry = (name: string, count: number) => `${name} ${count}`;

export interface LegendEntry {
  color: string;
  text: string;
}

/** What the legend reads: the drawn nodes, and diff statuses and path when shown. */
export interface LegendInput {
  nodes: readonly string[];
  diff: ReadonlyMap<string, DiffStatus> | null;
  path: boolean;
}

/** The legend's rows, named in the UI language (the current one unless given). */
export function legendEntries(dataset: Dataset, input: LegendInput, locale: Locale = localeAtom.get()): LegendEntry[] {
  const kinds = new Map<DisplayKind, number>();
  const statuses = new Map<DiffStatus, number>();
  for (const key of input.nodes) {
    const kind = dataset.display.getNodeAttribute(key, "kind");
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    const status = input.diff?.get(key);
    if (status) statuses.set(status, (statuses.get(status) ?? 0) + 1);
  }
  const out = DISPLAY_KINDS.filter((k) => kinds.has(k)).map((k) => ({ color: KIND_COLORS[k], text: entry(kindName(k, locale), kinds.get(k)!) }));
  if (input.diff) out.push(...DIFF_STATUSES.map((s) => ({ color: DIFF_COLORS[s], text: entry(diffName(s, locale), statuses.get(s) ?? 0) })));
  if (input.path) out.push({ color: PATH_COLOR, text: translate(locale, "export.legendPath") });
  return out;
}

export const FIGURE_STYLE = {
  padding: 12,
  legendSize: 12,
  captionSize: 11,
  lineGap: 6,
  itemGap: 16,
  swatchRadius: 5,
  /** between a swatch and its text */
  swatchGap: 5,
  font: 'system-ui, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif',
  text: "#1f2933",
  caption: "#4a5561",
  rule: "#dde1e6",
  background: "#ffffff",
};

/** Width in pixels of a text at a font size. */
export type Measure = (text: string, size: number) => number;

export interface FigureText {
  x: number;
  /** baseline */
  y: number;
  text: string;
  size: number;
  color: string;
  role: "legend" | "caption";
}

export interface FigureLayout {
  width: number;
  /** the whole figure: graph, then the band with legend and caption */
  height: number;
  graphHeight: number;
  swatches: { x: number; y: number; r: number; color: string }[];
  texts: FigureText[];
  /** the caption's lines (also among `texts`) */
  caption: string[];
}

/** Greedy lines of at most `width`: tokens joined by `separator`; a token wider than a line is cut by characters. */
export function wrapTokens(tokens: readonly string[], separator: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = "";
  const push = (token: string) => {
    const next = line === "" ? token : line + separator + token;
    if (line === "" || measure(next) <= width) line = next;
    else {
      lines.push(line);
      line = token;
    }
  };
  for (const token of tokens) {
    if (measure(token) <= width) {
      push(token);
      continue;
    }
    let piece = "";
    for (const ch of token) {
      if (piece !== "" && measure(piece + ch) > width) {
        push(piece);
        piece = "";
      }
      piece += ch;
    }
    if (piece !== "") push(piece);
  }
  if (line !== "") lines.push(line);
  return lines;
}

export function figureLayout(width: number, graphHeight: number, entries: readonly LegendEntry[], caption: string, measure: Measure): FigureLayout {
  const s = FIGURE_STYLE;
  const right = width - s.padding;
  const swatches: FigureLayout["swatches"] = [];
  const texts: FigureText[] = [];
  let y = graphHeight + s.padding;
  let x = s.padding;
  let rowUsed = false;
  for (const e of entries) {
    const w = 2 * s.swatchRadius + s.swatchGap + measure(e.text, s.legendSize);
    if (rowUsed && x + w > right) {
      x = s.padding;
      y += s.legendSize + s.lineGap;
    }
    swatches.push({ x: x + s.swatchRadius, y: y + s.legendSize / 2, r: s.swatchRadius, color: e.color });
    texts.push({ x: x + 2 * s.swatchRadius + s.swatchGap, y: y + s.legendSize * 0.85, text: e.text, size: s.legendSize, color: s.text, role: "legend" });
    x += w + s.itemGap;
    rowUsed = true;
  }
  if (rowUsed) y += s.legendSize + s.lineGap;
  const lines = wrapTokens(caption.split(CAPTION_SEPARATOR), CAPTION_SEPARATOR, right - s.padding, (t) => measure(t, s.captionSize));
  for (const line of lines) {
    texts.push({ x: s.padding, y: y + s.captionSize * 0.85, text: line, size: s.captionSize, color: s.caption, role: "caption" });
    y += s.captionSize + s.lineGap;
  }
  return { width, height: Math.ceil(y - s.lineGap + s.padding), graphHeight, swatches, texts, caption: lines };
}

/** A rough measure without a canvas (CJK characters one em wide, others 0.6 em): for tests and fallbacks. */
export const approximateMeasure: Measure = (text, size) => {
  let em = 0;
  for (const ch of text) em += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u.test(ch) ? 1 : 0.6;
  return em * size;
};
