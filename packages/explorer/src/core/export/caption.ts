/**
 * The caption line of a figure: what it cites (tool and version, corpus hash, extractor version,
 * build date of the snapshot) and what it shows (year and mode, or the two years of diff mode;
 * filters, ego network, shortest path), e.g.
 *   policy-kg 0.1.0 · corpus 7f9d0c0f… · extractor 0.1.0 · built 2026-11-23 · 2024, up to that year · filters: types Park; place 龙岗区
 * Shown under the graph, drawn into PNG and SVG figures and recorded in every export's metadata.
 * Pure. Its words are in CAPTION_TEXT (one place, for the coming language switch).
 */

import { TOOL_VERSION, type GraphAttributes } from "@policy-kg/graph";
import type { Dataset } from "../data/dataset";
import { isFiltering, type Filters } from "../filters/filters";
import type { ViewState } from "../view/visible";

export const CAPTION_TEXT = {
  tool: (version: string) => `policy-kg ${version}`,
  corpus: (hash: string) => `corpus ${hash}`,
  extractor: (version: string) => `extractor ${version}`,
  built: (date: string) => `built ${date}`,
  allYears: "all years",
  cumulative: (year: number) => `${year}, up to that year`,
  year: (year: number) => `${year} only`,
  diff: (from: number, to: number) => `diff ${from} → ${to}`,
  filters: (parts: string[]) => `filters: ${parts.join("; ")}`,
  noFilters: "no filters",
  types: "types",
  place: "place",
  strategy: "strategy",
  document: "document",
  stages: "stages",
  modalities: "modalities",
  none: "none",
  ego: (centre: string, depth: number) => `ego network of ${centre}, depth ${depth}`,
  path: (from: string, to: string) => `path ${from} → ${to}`,
  viaMentions: "via mentions",
  separator: " · ",
};

/** Hex digits of a corpus hash kept in a caption. */
const SHORT_HASH = 8;

/** "sha256:7f9d0c0f6d4d…" → "7f9d0c0f…" */
export function shortHash(hash: string): string {
  const hex = hash.includes(":") ? hash.slice(hash.indexOf(":") + 1) : hash;
  return hex.length > SHORT_HASH ? `${hex.slice(0, SHORT_HASH)}…` : hex;
}

/** The years a state shows, in words. */
export function timePhrase(state: ViewState): string {
  if (state.diff) return CAPTION_TEXT.diff(state.diff.from, state.diff.to);
  if (state.year === null) return CAPTION_TEXT.allYears;
  return state.mode === "year" ? CAPTION_TEXT.year(state.year) : CAPTION_TEXT.cumulative(state.year);
}

/** Label of a node of the display graph (its key when it is not there). */
export function nodeLabel(dataset: Dataset, key: string): string {
  return dataset.display.hasNode(key) ? dataset.display.getNodeAttribute(key, "label") : key;
}

const list = (values: readonly string[]): string => (values.length === 0 ? CAPTION_TEXT.none : values.join(", "));

/** The filters that are on, each as "name value". */
export function filterPhrases(dataset: Dataset, filters: Filters): string[] {
  if (!isFiltering(filters)) return [];
  const out: string[] = [];
  if (filters.types) out.push(`${CAPTION_TEXT.types} ${list(filters.types)}`);
  if (filters.place) out.push(`${CAPTION_TEXT.place} ${nodeLabel(dataset, filters.place)}`);
  if (filters.strategy) out.push(`${CAPTION_TEXT.strategy} ${nodeLabel(dataset, filters.strategy)}`);
  if (filters.document) out.push(`${CAPTION_TEXT.document} ${nodeLabel(dataset, filters.document)}`);
  if (filters.stages) out.push(`${CAPTION_TEXT.stages} ${list(filters.stages)}`);
  if (filters.modalities) out.push(`${CAPTION_TEXT.modalities} ${list(filters.modalities)}`);
  return out;
}

/** The caption's parts, in order (joined by " · " to make the line). */
export function captionParts(dataset: Dataset, state: ViewState): string[] {
  const a: GraphAttributes = dataset.graph.getAttributes();
  const filters = filterPhrases(dataset, state.filters);
  const parts = [
    CAPTION_TEXT.tool(TOOL_VERSION),
    CAPTION_TEXT.corpus(shortHash(a.corpusHash)),
    CAPTION_TEXT.extractor(a.extractorVersion),
    CAPTION_TEXT.built(a.builtAt.slice(0, 10)),
    timePhrase(state),
    filters.length > 0 ? CAPTION_TEXT.filters(filters) : CAPTION_TEXT.noFilters,
  ];
  const mentions = state.mentions ? ` (${CAPTION_TEXT.viaMentions})` : "";
  if (state.ego) parts.push(CAPTION_TEXT.ego(nodeLabel(dataset, state.ego.node), state.ego.depth) + mentions);
  if (state.path && state.path.from !== state.path.to) parts.push(CAPTION_TEXT.path(nodeLabel(dataset, state.path.from), nodeLabel(dataset, state.path.to)) + mentions);
  return parts;
}

export function viewCaption(dataset: Dataset, state: ViewState): string {
  return captionParts(dataset, state).join(CAPTION_TEXT.separator);
}
