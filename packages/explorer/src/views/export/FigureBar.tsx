/**
 * The bar under the graph: the figure's caption line and the export menu.
 */

import type { Dataset } from "../../core/data/dataset";
import { Caption } from "./Caption";
import { ExportMenu } from "./ExportMenu";
import "./export.css";

export function FigureBar({ dataset }: { dataset: Dataset }) {
  return (
    <div className="figure-bar" data-testid="figure-bar">
      <Caption dataset={dataset} />
      <ExportMenu dataset={dataset} />
    </div>
  );
}
