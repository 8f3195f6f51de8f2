/**
 * The current view: the view state read from the atoms, and computeView of it, computed once per
 * change of any of them (the reducers, the legend and the panels all read this one result).
 */

import type { Dataset } from "../data/dataset";
import { useAtomValue, type ReadableAtom } from "../utils/atoms";
import { modeAtom, yearAtom } from "../time";
import { filtersAtom } from "../filters";
import { egoAtom, mentionsAtom, pathAtom } from "../ego";
import { diffAtom } from "../diff";
import { computeView, type ViewResult, type ViewState } from "./visible";

/** Every atom the view depends on: subscribe to these to redraw. */
export const VIEW_ATOMS: readonly ReadableAtom<unknown>[] = [yearAtom, modeAtom, filtersAtom, egoAtom, pathAtom, mentionsAtom, diffAtom];

export function currentViewState(): ViewState {
  return {
    year: yearAtom.get(),
    mode: modeAtom.get(),
    filters: filtersAtom.get(),
    ego: egoAtom.get(),
    path: pathAtom.get(),
    mentions: mentionsAtom.get(),
    diff: diffAtom.get(),
  };
}

let memo: { dataset: Dataset; state: ViewState; view: ViewResult } | null = null;

const sameState = (a: ViewState, b: ViewState) => (Object.keys(a) as (keyof ViewState)[]).every((k) => Object.is(a[k], b[k]));

/** computeView of the current state, reused while the atoms keep their values. */
export function currentView(dataset: Dataset): ViewResult {
  const state = currentViewState();
  if (memo && memo.dataset === dataset && sameState(memo.state, state)) return memo.view;
  memo = { dataset, state, view: computeView(dataset, state) };
  return memo.view;
}

/** The current view in a React component: re-rendered when any atom of the view state changes. */
export function useCurrentView(dataset: Dataset): ViewResult {
  // one hook per atom, always the same atoms in the same order
  for (const a of VIEW_ATOMS) useAtomValue(a);
  return currentView(dataset);
}
