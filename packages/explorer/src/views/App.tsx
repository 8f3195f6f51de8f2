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
import { LanguageSwitch } from "./LanguageSwitch";
import { useEscapeKey } from "./keyboard";
import { useT } from "../core/i18n";

export function App() {
  const load = useAtomValue(loadStateAtom);
  const t = useT();
  useEscapeKey();
  useEffect(() => {
    void loadDataset(startUrlSync).then((dataset) => {
      if (!dataset) return;
      // pinyin after the first paint: search by Chinese works at once
      setTimeout(() => void ensurePinyin(dataset), 500);
    });
  }, []);
  if (load.status === "loading") return <div className="status" data-testid="status">{t("app.loading", { step: t(load.step, load.params) })}</div>;
  if (load.status === "error") {
    return (
      <div className="status error" role="alert" data-testid="status">
        {t("app.loadError", { message: load.message })}
      </div>
    );
  }
  const { dataset } = load;
  const meta = dataset.graph.getAttributes();
  return (
    <div className="app" data-testid="app">
      <header className="top">
        <h1 data-testid="app-title">{t("app.title")}</h1>
        <SearchBox dataset={dataset} />
        <span className="meta" title={t("app.metaTitle", { corpus: meta.corpusHash, extractor: meta.extractorVersion })}>
          {t("app.meta", { documents: meta.counts.nodes.Document, date: meta.builtAt.slice(0, 10) })}
        </span>
        <LanguageSwitch />
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
