/**
 * Strategy view state: the strategy whose tree was opened last (the tree stays on while the
 * selection moves inside it), and the rows the reader opened or closed. Actions select a node
 * through core/selection, with a focus request so the graph moves to it.
 */

import { atom } from "../utils/atoms";
import { selectAndFocus } from "../selection";
import type { StrategyTreeItem } from "./tree";

export const openStrategyAtom = atom<string | null>(null);
/** Row id → open (true) or closed (false), where the reader chose; other rows keep their default. */
/** The row last clicked (a node can show in several rows; this one is marked while it is selected). */
export const pickedRowAtom = atom<string | null>(null);
export const expandedRowsAtom = atom<ReadonlyMap<string, boolean>>(new Map());

/** Rows open unless the reader closed them: the root and the parts; the rest start closed. */
export function openByDefault(item: StrategyTreeItem): boolean {
  return item.role === "strategy" || item.role === "part";
}

export function isExpanded(rows: ReadonlyMap<string, boolean>, item: StrategyTreeItem, path: readonly string[]): boolean {
  return rows.get(item.id) ?? (openByDefault(item) || path.slice(0, -1).includes(item.id));
}

export function setRowExpanded(id: string, open: boolean): void {
  expandedRowsAtom.set((prev) => new Map(prev).set(id, open));
}

/** Open a strategy's tree and select the strategy (strategies list). */
export function openStrategy(key: string): void {
  openStrategyAtom.set(key);
  selectAndFocus(key);
}

/** A click on a row: select its node in the graph, keeping this tree on. */
export function pickRow(tree: StrategyTreeItem, item: StrategyTreeItem): void {
  openStrategyAtom.set(tree.key);
  pickedRowAtom.set(item.id);
  selectAndFocus(item.key);
}
