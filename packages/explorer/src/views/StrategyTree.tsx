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
import { useT, type MessageKey, type Translate } from "../core/i18n";
import "./StrategyTree.css";

/** What a row's relation to its parent means, shown after its name. */
const ROLE_TEXT: Readonly<Record<Exclude<TreeRole, "strategy">, MessageKey>> = {
  part: "strategy.rolePart",
  member: "strategy.roleMember",
  located: "strategy.roleLocated",
  phase: "strategy.rolePhase",
  place: "strategy.rolePlace",
  colocated: "strategy.roleColocated",
};

const memberText = (item: StrategyTreeItem, t: Translate): string =>
  item.role === "strategy" ? "" : t(item.role === "member" && item.relation === "UNDER_STRATEGY" ? "strategy.roleUnder" : ROLE_TEXT[item.role]);

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
  const t = useT();
  return (
    <li data-role={item.role} data-key={item.key}>
      <div className={`row${current ? " current" : ""}`}>
        {item.children.length > 0 ? (
          <button
            type="button"
            className="toggle"
            aria-expanded={open}
            aria-controls={listId}
            aria-label={t(open ? "strategy.close" : "strategy.open", { label: item.label })}
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
          title={t("strategy.select")}
          aria-current={current ? "true" : undefined}
          data-testid="strategy-item"
          data-key={item.key}
          onClick={() => pickRow(tree, item)}
        >
          <span className="swatch" style={{ background: KIND_COLORS[item.kind as DisplayKind] ?? "#888" }} />
          {item.label}
        </button>
        <span className="relation">{memberText(item, t)}</span>
        {!open && item.children.length > 0 && <span className="count">{t("strategy.hidden", { n: item.children.length })}</span>}
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
  const t = useT();
  return (
    <section className="strategy-tree" data-testid="strategy-tree" aria-label={t("strategy.tree")}>
      <h3>{t("strategy.tree")}</h3>
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
  const t = useT();
  if (list.length === 0) return null;
  return (
    <section className="strategy-list" data-testid="strategy-list" aria-label={t("strategy.list")}>
      <h3>{t("strategy.list")}</h3>
      <p className="hint">{t("strategy.listHint")}</p>
      <ul>
        {list.map((s) => (
          <li key={s.key}>
            <button type="button" className="link" data-key={s.key} aria-current={s.key === selected ? "true" : undefined} onClick={() => openStrategy(s.key)}>
              {s.label}
            </button>{" "}
            <span className="count">{t("strategy.parts", { n: s.parts })}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
