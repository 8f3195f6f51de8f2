/**
 * Ego network and shortest-path state: the ego node and its depth, the two ends of a path, and
 * whether both follow mention edges (entity ↔ document) as well as relations.
 */

import { atom } from "../utils/atoms";
import type { Ego, EgoDepth, PathEnds } from "./ego";

export const egoAtom = atom<Ego | null>(null);
export const pathAtom = atom<PathEnds | null>(null);
export const mentionsAtom = atom(false);

export function setEgo(node: string | null, depth: EgoDepth = 1): void {
  egoAtom.set(node === null ? null : { node, depth });
}

export function setEgoDepth(depth: EgoDepth): void {
  egoAtom.set((e) => (e === null ? null : { ...e, depth }));
}

export function setPath(ends: PathEnds | null): void {
  pathAtom.set(ends);
}

export function setMentions(on: boolean): void {
  mentionsAtom.set(on);
}
