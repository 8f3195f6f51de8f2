/**
 * The choices the filter panel offers, from the display graph (computed once per dataset): every
 * Place with the number of nodes inside it, every Strategy with something under it, with that
 * number, and every document. Sorted by count (most first), then by label. Pure.
 */

import type { DisplayGraph } from "../graph/display";
import { placeMembers, strategyMembers } from "./filters";

export interface FilterOption {
  key: string;
  label: string;
  /** nodes inside the place or under the strategy (itself excluded); for documents, its statements */
  count: number;
}

export interface FilterOptions {
  places: FilterOption[];
  strategies: FilterOption[];
  documents: FilterOption[];
}

const byCountThenLabel = (a: FilterOption, b: FilterOption) => b.count - a.count || a.label.localeCompare(b.label, "zh") || (a.key < b.key ? -1 : 1);

export function filterOptions(display: DisplayGraph): FilterOptions {
  const places: FilterOption[] = [];
  const strategies: FilterOption[] = [];
  const documents: FilterOption[] = [];
  display.forEachNode((key, a) => {
    if (a.kind === "Place") places.push({ key, label: a.label, count: placeMembers(display, key).size - 1 });
    else if (a.kind === "Strategy") {
      const count = strategyMembers(display, key).size - 1;
      if (count > 0) strategies.push({ key, label: a.label, count });
    } else if (a.kind === "Document") documents.push({ key, label: a.label, count: a.statements });
  });
  return { places: places.sort(byCountThenLabel), strategies: strategies.sort(byCountThenLabel), documents: documents.sort((a, b) => a.label.localeCompare(b.label, "zh") || (a.key < b.key ? -1 : 1)) };
}
