/**
 * Diff-mode state: null when off, else the two years compared.
 */

import { atom } from "../utils/atoms";
import { diffPair, type DiffYears } from "./diff";

export const diffAtom = atom<DiffYears | null>(null);

/** Turn diff mode on between two years (ignored unless from < to), or off with null. */
export function setDiff(years: DiffYears | null): void {
  diffAtom.set(years === null ? null : diffPair(years.from, years.to));
}
