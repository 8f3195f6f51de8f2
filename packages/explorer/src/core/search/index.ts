/**
 * Search state: the query, and the pinyin part of the index, added once pinyin-pro is loaded
 * (right after the snapshot; a Latin query typed before that waits for it).
 */

import { atom } from "../utils/atoms";
import type { Dataset } from "../data/dataset";
import { addPinyin } from "./search";
import { loadPinyin } from "./pinyin";

export const queryAtom = atom("");
/** Bumped when the index gains pinyin, so results are computed again. */
export const pinyinReadyAtom = atom(false);

export function setQuery(query: string): void {
  queryAtom.set(query);
}

let pending: Promise<void> | null = null;

export function ensurePinyin(dataset: Dataset): Promise<void> {
  pending ??= loadPinyin().then((toPinyin) => {
    addPinyin(dataset.search, toPinyin);
    pinyinReadyAtom.set(true);
  });
  return pending;
}
