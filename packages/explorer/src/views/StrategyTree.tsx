/**
 * The strategy view: a strategy's parts as a collapsible tree (strategy → parts → what each part
 * includes → what is located in it, its phases, where it is), shown in the details panel while
 * the selection is a node of the tree; and the list of strategies with parts. Every row selects
 * its node in the graph (and moves the camera to it); rows open and close with real buttons
 * (aria-expanded), so the tree is reachable from the keyboard.
 */

import { useMemo } from "react";
import type { Dataset } from "../core/data/dataset";
import { KIND_COLORS, type DisplayKind } from "../core/appearance/palette";
import { useAtomValue } from "../core/utils/atoms";
import { selectedAtom } from "../core/selection";
import { expandedRowsAtom, isExpanded, openStrategy, openStrategyAtom, pickRow, pickedRowAtom, setRowExpanded } from "../core/strategy";
import { selectedPath, treeRows, type StrategyTreeItem, type TreeRole } from "../core/strategy/tree";
import { strategyList, treeForSelection } from "../core/strategy/strategies";
import "./StrategyTree.css";

const TEXT = {
  tree: "Strategy 战略结构",
  list: "Strategies 战略",
  listHint: "Strategies with parts: open one to see its parts, places and initiatives as a tree.",
  parts: (n: number) => `${n} parts`,
  open: (label: string) => `Open ${label}`,
  close: (label: string) => `Close ${label}`,
  hidden: (n: number) => `${n} below`,
  select: "Select in the graph",
} as const;

/** What a row's relation to its parent means, shown after its name. */
const ROLE_TEXT: Readonly<Record<TreeRole, string>> = {
  strategy: "",
  part: "部分 part",
  member: "包含 includes",
  located: "位于其中 located in it",
  phase: "分期 phase",
  place: "所在地 located in",
  colocated: "同在此地 also there",
};

const memberText = (item: StrategyTreeItem): string => (item.role === "member" && item.relation === "UNDER_STRATEGY" ? "纳入 under it" : ROLE_TEXT[item.role]);

interface RowProps {
  tree: StrategyTreeItem;
  item: StrategyTreeItem;
  path: readonly string[];
  rows: ReadonlyMap<string, boolean>;
  ids: ReadonlyMap<string, number>;
}

function TreeRow({ tree, item, path, rows, ids }: RowProps) {
  const open = isExpanded(rows, item, path);
  const current = path.at(-1) === item.id;
  const listId = `strategy-rows-${ids.get(item.id)}`;
  return (
    <li data-role={item.role} data-key={item.key}>
      <div className={`row${current ? " current" : ""}`}>
        {item.children.length > 0 ? (
          <button
            type="button"
            className="toggle"
            aria-expanded={open}
            aria-controls={listId}
            aria-label={open ? TEXT.close(item.label) : TEXT.open(item.label)}
            data-testid="strategy-toggle"
            onClick={() => setRowExpanded(item.id, !open)}
          >
            {open ? "▾" : "▸"}
          </button>
        ) : (
          <span className="toggle" aria-hidden="true" />
        )}
        <button
          type="button"
          className="item"
          title={TEXT.select}
          aria-current={current ? "true" : undefined}
          data-testid="strategy-item"
          data-key={item.key}
          onClick={() => pickRow(tree, item)}
        >
          <span className="swatch" style={{ background: KIND_COLORS[item.kind as DisplayKind] ?? "#888" }} />
          {item.label}
        </button>
        <span className="relation">{memberText(item)}</span>
        {!open && item.children.length > 0 && <span className="count">{TEXT.hidden(item.children.length)}</span>}
      </div>
      {open && item.children.length > 0 && (
        <ul id={listId}>
          {item.children.map((c) => (
            <TreeRow key={c.id} tree={tree} item={c} path={path} rows={rows} ids={ids} />
          ))}
        </ul>
      )}
    </li>
  );
}

export function StrategyTree({ tree, selected }: { tree: StrategyTreeItem; selected: string }) {
  const rows = useAtomValue(expandedRowsAtom);
  const picked = useAtomValue(pickedRowAtom);
  const path = useMemo(() => selectedPath(tree, selected, picked), [tree, selected, picked]);
  const ids = useMemo(() => new Map(treeRows(tree).map((r, i) => [r.item.id, i])), [tree]);
  return (
    <section className="strategy-tree" data-testid="strategy-tree" aria-label={TEXT.tree}>
      <h3>{TEXT.tree}</h3>
      <ul className="tree">
        <TreeRow tree={tree} item={tree} path={path} rows={rows} ids={ids} />
      </ul>
    </section>
  );
}

/** The tree of the strategy the selected node belongs to, if any (details panel). */
export function StrategySection({ dataset, selected }: { dataset: Dataset; selected: string }) {
  const open = useAtomValue(openStrategyAtom);
  const tree = useMemo(() => treeForSelection(dataset.graph, selected, open), [dataset, selected, open]);
  return tree ? <StrategyTree tree={tree} selected={selected} /> : null;
}

/** Strategies with parts, each opening its tree. */
export function StrategyList({ dataset }: { dataset: Dataset }) {
  const list = useMemo(() => strategyList(dataset.graph), [dataset]);
  const selected = useAtomValue(selectedAtom);
  if (list.length === 0) return null;
  return (
    <section className="strategy-list" data-testid="strategy-list" aria-label={TEXT.list}>
      <h3>{TEXT.list}</h3>
      <p className="hint">{TEXT.listHint}</p>
      <ul>
        {list.map((s) => (
          <li key={s.key}>
            <button type="button" className="link" data-key={s.key} aria-current={s.key === selected ? "true" : undefined} onClick={() => openStrategy(s.key)}>
              {s.label}
            </button>{" "}
            <span className="count">{TEXT.parts(s.parts)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
