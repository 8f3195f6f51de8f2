/**
 * The explorer's page: search on top, the graph with its legend, the details panel, the open
 * document, the figure bar (caption and export menu), and the time bar. Loads the snapshot once,
 * then restores the view from the URL.
 */

import { useEffect } from "react";
import { useAtomValue } from "../core/utils/atoms";
import { loadDataset, loadStateAtom } from "../core/data";
import { startUrlSync } from "../core/url";
import { ensurePinyin } from "../core/search";
import { GraphCanvas } from "../sigma/GraphCanvas";
import { Legend } from "./Legend";
import { TimeBar } from "./TimeBar";
import { SearchBox } from "./SearchBox";
import { DetailsPanel } from "./DetailsPanel";
import { DocumentViewer } from "./DocumentViewer";
import { ViewPanel } from "./view-panel/ViewPanel";
import { FigureBar } from "./export/FigureBar";

export function App() {
  const load = useAtomValue(loadStateAtom);
  useEffect(() => {
    void loadDataset(startUrlSync).then((dataset) => {
      if (!dataset) return;
      // pinyin after the first paint: search by Chinese works at once
      setTimeout(() => void ensurePinyin(dataset), 500);
    });
  }, []);
  if (load.status === "loading") return <div className="status" data-testid="status">Loading: {load.step}…</div>;
  if (load.status === "error") {
    return (
      <div className="status error" role="alert" data-testid="status">
        Cannot show the graph: {load.message}
      </div>
    );
  }
  const { dataset } = load;
  const meta = dataset.graph.getAttributes();
  return (
    <div className="app" data-testid="app">
      <header className="top">
        <h1>policy-kg explorer</h1>
        <SearchBox dataset={dataset} />
        <span className="meta" title={`corpus ${meta.corpusHash}, extractor ${meta.extractorVersion}`}>
          {meta.counts.nodes.Document} documents · built {meta.builtAt.slice(0, 10)}
        </span>
      </header>
      <main>
        <div className="stage">
          <GraphCanvas dataset={dataset} />
          <Legend dataset={dataset} />
          <ViewPanel dataset={dataset} />
          <DocumentViewer dataset={dataset} />
        </div>
        <DetailsPanel dataset={dataset} />
      </main>
      <FigureBar dataset={dataset} />
      <TimeBar dataset={dataset} />
    </div>
  );
}
