/**
 * Time state: the chosen year, the mode ("year": that year only; "cumulative": up to that year),
 * and play/pause, which steps through the snapshot's years.
 */

import type { ViewMode } from "@policy-kg/graph";
import { atom } from "../utils/atoms";
import { currentDataset } from "../data";

export const yearAtom = atom<number | null>(null);
export const modeAtom = atom<ViewMode>("cumulative");
export const playingAtom = atom(false);

/** Milliseconds per year while playing. */
export const PLAY_STEP_MS = 900;

let timer: ReturnType<typeof setInterval> | null = null;

export function setYear(year: number): void {
  yearAtom.set(year);
}

export function setMode(mode: ViewMode): void {
  modeAtom.set(mode);
}

function stop(): void {
  if (timer !== null) clearInterval(timer);
  timer = null;
  playingAtom.set(false);
}

/** Next year of the snapshot after the current one, or null at the end. */
function nextYear(): number | null {
  const years = currentDataset()?.timeline.years ?? [];
  const i = years.indexOf(yearAtom.get() ?? NaN);
  return i >= 0 && i + 1 < years.length ? years[i + 1]! : null;
}

export function togglePlay(): void {
  if (playingAtom.get()) return stop();
  const years = currentDataset()?.timeline.years ?? [];
  if (years.length === 0) return;
  // playing from the last year starts again at the first
  if (nextYear() === null) yearAtom.set(years[0]!);
  playingAtom.set(true);
  timer = setInterval(() => {
    const next = nextYear();
    if (next === null) stop();
    else yearAtom.set(next);
  }, PLAY_STEP_MS);
}

export function pause(): void {
  stop();
}
