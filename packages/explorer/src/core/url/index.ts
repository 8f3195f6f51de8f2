/**
 * URL ⇄ state: the hash is read when the dataset is ready (and on every hashchange, for pasted
 * links) and written back, debounced, whenever the year, mode, selection, query, camera, open
 * document, filters, ego network, path or diff mode change. history.replaceState: moving around does not flood the history.
 */

import { documentKey } from "@policy-kg/graph";
import type { Dataset } from "../data/dataset";
import { nearestYear } from "../time/timeline";
import { modeAtom, yearAtom } from "../time";
import { selectedAtom } from "../selection";
import { queryAtom } from "../search";
import { cameraAtom } from "../camera";
import { closeDocument, openDocument, openDocumentAtom } from "../documents";
import { decodeUrlState, encodeUrlState, type UrlState } from "./state";
import { applyViewParams, currentViewParams, VIEW_PARAM_ATOMS } from "./view-sync";

export function currentUrlState(): UrlState {
  return {
    year: yearAtom.get(),
    mode: modeAtom.get(),
    selected: selectedAtom.get(),
    query: queryAtom.get(),
    camera: cameraAtom.get(),
    document: openDocumentAtom.get(),
    ...currentViewParams(),
  };
}

export function applyUrlState(state: UrlState, dataset: Dataset): void {
  yearAtom.set(nearestYear(dataset.timeline, state.year));
  modeAtom.set(state.mode);
  selectedAtom.set(state.selected !== null && dataset.display.hasNode(state.selected) ? state.selected : null);
  queryAtom.set(state.query);
  if (state.camera) cameraAtom.set(state.camera);
  if (state.document && dataset.graph.hasNode(documentKey(state.document.id))) openDocument(state.document);
  else closeDocument();
  applyViewParams(state, dataset);
}

let started = false;

export function startUrlSync(dataset: Dataset): void {
  applyUrlState(decodeUrlState(window.location.hash), dataset);
  if (started) return;
  started = true;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const write = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      const hash = encodeUrlState(currentUrlState());
      if (hash !== window.location.hash) window.history.replaceState(null, "", `${window.location.pathname}${window.location.search}${hash}`);
    }, 150);
  };
  for (const a of [yearAtom, modeAtom, selectedAtom, queryAtom, cameraAtom, openDocumentAtom, ...VIEW_PARAM_ATOMS]) a.subscribe(write);
  window.addEventListener("hashchange", () => applyUrlState(decodeUrlState(window.location.hash), dataset));
}
