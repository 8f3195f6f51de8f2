/**
 * The filter, ego, path and diff part of the URL state: read from the atoms, and applied to them
 * once checked against the dataset (a key that names no node of the right kind, or diff years
 * the snapshot does not have, are dropped).
 */

import type { Dataset } from "../data/dataset";
import type { DisplayKind } from "../appearance/palette";
import { filtersAtom } from "../filters";
import { egoAtom, mentionsAtom, pathAtom } from "../ego";
import { diffAtom } from "../diff";
import type { ViewParams } from "./view-params";

/** The atoms this part of the URL is made of. */
export const VIEW_PARAM_ATOMS = [filtersAtom, egoAtom, pathAtom, mentionsAtom, diffAtom] as const;

export function currentViewParams(): ViewParams {
  return { filters: filtersAtom.get(), ego: egoAtom.get(), path: pathAtom.get(), mentions: mentionsAtom.get(), diff: diffAtom.get() };
}

export function applyViewParams(params: ViewParams, dataset: Dataset): void {
  const { display, timeline } = dataset;
  const node = (key: string | null, kind?: DisplayKind) => (key !== null && display.hasNode(key) && (kind === undefined || display.getNodeAttribute(key, "kind") === kind) ? key : null);
  const f = params.filters;
  filtersAtom.set({ ...f, place: node(f.place, "Place"), strategy: node(f.strategy, "Strategy"), document: node(f.document, "Document") });
  egoAtom.set(params.ego && node(params.ego.node) ? params.ego : null);
  pathAtom.set(params.path && node(params.path.from) && node(params.path.to) ? params.path : null);
  mentionsAtom.set(params.mentions);
  const { diff } = params;
  diffAtom.set(diff && timeline.years.includes(diff.from) && timeline.years.includes(diff.to) ? diff : null);
}
