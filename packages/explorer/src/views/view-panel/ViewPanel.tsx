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
import { useT, type MessageKey } from "../../core/i18n";
import "./ViewPanel.css";

const TABS = ["filters", "ego", "diff"] as const;
type Tab = (typeof TABS)[number];

const TAB_TEXT: Readonly<Record<Tab, MessageKey>> = { filters: "view.tabFilters", ego: "view.tabEgo", diff: "view.tabDiff" };

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
  const t = useT();
  return (
    <>
      <section className={`view-panel${open ? " open" : ""}`} aria-label={t("view.panel")} data-testid="view-panel">
        <button type="button" className="toggle" aria-expanded={open} aria-controls="view-panel-body" onClick={() => setOpen(!open)} data-testid="view-panel-toggle">
          {open ? "▾" : "▸"} {t("view.toggle")}
          {active > 0 && t("view.active", { n: active })}
        </button>
        {open && (
          <div id="view-panel-body" className="body">
            <div className="tabs" role="tablist">
              {TABS.map((id) => (
                <button key={id} type="button" role="tab" aria-selected={tab === id} className={tab === id ? "current" : ""} onClick={() => setTab(id)} data-testid={`view-tab-${id}`}>
                  {t(TAB_TEXT[id])}
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
