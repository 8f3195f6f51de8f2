/**
 * Filter state: one atom with the filters of the view, and the actions the filter panel calls.
 */

import type { Modality, Stage } from "@policy-kg/extractor";
import type { DisplayKind } from "../appearance/palette";
import { atom } from "../utils/atoms";
import { NO_FILTERS, type Filters } from "./filters";

export const filtersAtom = atom<Filters>(NO_FILTERS);

export function setFilter<K extends keyof Filters>(key: K, value: Filters[K]): void {
  filtersAtom.set((f) => ({ ...f, [key]: value }));
}

/**
 * Toggle one value of a list filter (types, stages, modalities) against the full list of values:
 * the first toggle from "all" (null) keeps every other value; a list back to full is null again.
 */
function toggled<T>(current: readonly T[] | null, value: T, all: readonly T[]): T[] | null {
  const set = new Set(current ?? all);
  if (set.has(value)) set.delete(value);
  else set.add(value);
  const next = all.filter((v) => set.has(v));
  return next.length === all.length ? null : next;
}

export function toggleType(kind: DisplayKind, all: readonly DisplayKind[]): void {
  filtersAtom.set((f) => ({ ...f, types: toggled(f.types, kind, all) }));
}

export function toggleStage(stage: Stage, all: readonly Stage[]): void {
  filtersAtom.set((f) => ({ ...f, stages: toggled(f.stages, stage, all) }));
}

export function toggleModality(modality: Modality, all: readonly Modality[]): void {
  filtersAtom.set((f) => ({ ...f, modalities: toggled(f.modalities, modality, all) }));
}

export function resetFilters(): void {
  filtersAtom.set(NO_FILTERS);
}
