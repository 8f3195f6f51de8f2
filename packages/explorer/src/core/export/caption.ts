/**
 * The caption line of a figure: what it cites (tool and version, corpus hash, extractor version,
 * build date of the snapshot) and what it shows (year and mode, or the two years of diff mode;
 * filters, ego network, shortest path), e.g.
 *   policy-kg 0.1.0 · corpus 7f9d0c0f… · extractor 0.1.0 · built 2026-11-23 · 2024, up to that year · filters: types Park; place 龙岗区
 * Shown under the graph, drawn into PNG and SVG figures and recorded in every export's metadata.
 * In the UI language (core/i18n "caption." messages; the current one unless a locale is given):
 * kinds, stages and modalities by their names, entity names as they are. Otherwise pure.
 */

import { TOOL_VERSION, type GraphAttributes } from "@policy-kg/graph";
import type { Dataset } from "../data/dataset";
import { isFiltering, type Filters } from "../filters/filters";
import type { ViewState } from "../view/visible";
import { localeAtom, translate, type Locale, type MessageKey, type MessageParams } from "../i18n";
import { kindName, modalityName, stageName } from "../appearance/palette";

/** Between the caption's parts (the figure wraps its lines there). */
export const CAPTION_SEPARATOR = " · ";

/** Hex digits of a corpus hash kept in a caption. */
const SHORT_HASH = 8;

/** "sha256:7f9d0c0f6d4d…" → "7f9d0c0f…" */
export function shortHash(hash: string): string {
  const hex = hash.includes(":") ? hash.slice(hash.indexOf(":") + 1) : hash;
  return hex.length > SHORT_HASH ? `${hex.slice(0, SHORT_HASH)}…` : hex;
}

/** The years a state shows, in words. */
export function timePhrase(state: ViewState, locale: Locale = localeAtom.get()): string {
  if (state.diff) return translate(locale, "caption.diff", { from: state.diff.from, to: state.diff.to });
  if (state.year === null) return translate(locale, "caption.allYears");
  return translate(locale, state.mode === "year" ? "caption.year" : "caption.cumulative", { year: state.year });
}

/** Label of a node of the display graph (its key when it is not there). */
export function nodeLabel(dataset: Dataset, key: string): string {
  return dataset.display.hasNode(key) ? dataset.display.getNodeAttribute(key, "label") : key;
}

/** The filters that are on, each as "name value". */
export function filterPhrases(dataset: Dataset, filters: Filters, locale: Locale = localeAtom.get()): string[] {
  if (!isFiltering(filters)) return [];
  const list = (names: readonly string[]) => ({ list: names.length === 0 ? translate(locale, "caption.none") : names.join(translate(locale, "caption.listSeparator")) });
  const name = (key: string) => ({ name: nodeLabel(dataset, key) });
  const out: string[] = [];
  if (filters.types) out.push(translate(locale, "caption.types", list(filters.types.map((k) => kindName(k, locale)))));
  if (filters.place) out.push(translate(locale, "caption.place", name(filters.place)));
  if (filters.strategy) out.push(translate(locale, "caption.strategy", name(filters.strategy)));
  if (filters.document) out.push(translate(locale, "caption.document", name(filters.document)));
  if (filters.stages) out.push(translate(locale, "caption.stages", list(filters.stages.map((s) => stageName(s, locale)))));
  if (filters.modalities) out.push(translate(locale, "caption.modalities", list(filters.modalities.map((m) => modalityName(m, locale)))));
  return out;
}

/** The caption's parts, in order (joined by " · " to make the line). */
export function captionParts(dataset: Dataset, state: ViewState, locale: Locale = localeAtom.get()): string[] {
  const a: GraphAttributes = dataset.graph.getAttributes();
  const tr = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  const filters = filterPhrases(dataset, state.filters, locale);
  const parts = [
    `policy-kg ${TOOL_VERSION}`,
    tr("caption.corpus", { hash: shortHash(a.corpusHash) }),
    tr("caption.extractor", { version: a.extractorVersion }),
    tr("caption.built", { date: a.builtAt.slice(0, 10) }),
    timePhrase(state, locale),
    filters.length > 0 ? tr("caption.filters", { list: filters.join(tr("caption.filterSeparator")) }) : tr("caption.noFilters"),
  ];
  const mentions = (what: string) => (state.mentions ? tr("caption.viaMentions", { what }) : what);
  if (state.ego) parts.push(mentions(tr("caption.ego", { centre: nodeLabel(dataset, state.ego.node), depth: state.ego.depth })));
  if (state.path && state.path.from !== state.path.to) parts.push(mentions(tr("caption.path", { from: nodeLabel(dataset, state.path.from), to: nodeLabel(dataset, state.path.to) })));
  return parts;
}

export function viewCaption(dataset: Dataset, state: ViewState, locale?: Locale): string {
  return captionParts(dataset, state, locale).join(CAPTION_SEPARATOR);
}
