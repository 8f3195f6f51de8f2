/**
 * Selection state: the selected node (click, search result, URL) and the hovered node.
 */

import { atom } from "../utils/atoms";

export const selectedAtom = atom<string | null>(null);
export const hoveredAtom = atom<string | null>(null);

/** Bumped when a selection should also move the camera to the node (search, lineage links). */
export const focusRequestAtom = atom<{ key: string; n: number } | null>(null);

export function select(key: string | null): void {
  selectedAtom.set(key);
}

export function selectAndFocus(key: string): void {
  selectedAtom.set(key);
  focusRequestAtom.set((prev) => ({ key, n: (prev?.n ?? 0) + 1 }));
}

export function hover(key: string | null): void {
  hoveredAtom.set(key);
}
