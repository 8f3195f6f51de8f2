/**
 * The view panel, over the graph's top right corner: filters, ego network and shortest path,
 * and diff mode, in three tabs behind one toggle button (which says how many of them are on).
 * Also mounts the diff legend over the graph while diff mode is on.
 */

import { useState } from "react";
import type { Dataset } from "../../core/data/dataset";
import { useAtomValue } from "../../core/utils/atoms";
import { filtersAtom } from "../../core/filters";
import { isFiltering } from "../../core/filters/filters";
import { egoAtom, pathAtom } from "../../core/ego";
import { diffAtom } from "../../core/diff";
import { FilterTab } from "./FilterTab";
import { EgoPathTab } from "./EgoPathTab";
import { DiffLegend, DiffTab } from "./DiffTab";
import "./ViewPanel.css";

const TABS = ["filters", "ego", "diff"] as const;
type Tab = (typeof TABS)[number];

const TEXT = {
  toggle: "View 视图",
  panel: "View: filters, ego network, path, diff",
  tabs: { filters: "Filters 筛选", ego: "Ego · Path 邻域·路径", diff: "Diff 对比" } satisfies Record<Tab, string>,
  active: (n: number) => (n === 0 ? "" : ` · ${n} on`),
};

function useActiveCount(): number {
  const filters = useAtomValue(filtersAtom);
  const ego = useAtomValue(egoAtom);
  const path = useAtomValue(pathAtom);
  const diff = useAtomValue(diffAtom);
  return [isFiltering(filters), ego !== null, path !== null, diff !== null].filter(Boolean).length;
}

export function ViewPanel({ dataset }: { dataset: Dataset }) {
  const [open, setOpen] = useState(false);
  const [tab, setTab] = useState<Tab>("filters");
  const active = useActiveCount();
  return (
    <>
      <section className={`view-panel${open ? " open" : ""}`} aria-label={TEXT.panel} data-testid="view-panel">
        <button type="button" className="toggle" aria-expanded={open} aria-controls="view-panel-body" onClick={() => setOpen(!open)} data-testid="view-panel-toggle">
          {open ? "▾" : "▸"} {TEXT.toggle}
          {TEXT.active(active)}
        </button>
        {open && (
          <div id="view-panel-body" className="body">
            <div className="tabs" role="tablist">
              {TABS.map((t) => (
                <button key={t} type="button" role="tab" aria-selected={tab === t} className={tab === t ? "current" : ""} onClick={() => setTab(t)} data-testid={`view-tab-${t}`}>
                  {TEXT.tabs[t]}
                </button>
              ))}
            </div>
            <div role="tabpanel" className="tab">
              {tab === "filters" && <FilterTab dataset={dataset} />}
              {tab === "ego" && <EgoPathTab dataset={dataset} />}
              {tab === "diff" && <DiffTab dataset={dataset} />}
            </div>
          </div>
        )}
      </section>
      <DiffLegend dataset={dataset} />
    </>
  );
}
